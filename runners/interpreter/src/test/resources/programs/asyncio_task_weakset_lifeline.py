# includes: a_label.py
# Every task is in tasks.py's WeakSet of all tasks, through a weakref whose callback (WeakSet._remove) runs when
# the task dies. On PyPy that callback is the finalizer of the task's weakref lifeline, registered right after the
# task: once the collection that ran the task's __del__ has passed, the lifeline heads the next collection's
# finalizer queue, and being Python code it takes the interruption that would otherwise run the queue's first
# finalizer last, so the program's weakref callbacks there run in plain order.
import asyncio, gc, weakref
gc.disable()
gc.collect()

refs = []
def watch(obj):
    refs.append(weakref.ref(obj, lambda r, label=obj.label: event('callback', label)))

async def main():
    watch(A('first'))
    watch(A('second'))
    await asyncio.sleep(0)

asyncio.run(main())
event('ran')
for n in ('once', 'twice', 'thrice'):
    gc.collect()
    event('collected', n)
