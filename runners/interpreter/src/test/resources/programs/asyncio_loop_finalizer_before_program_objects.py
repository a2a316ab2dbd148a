# The event loop asyncio.run leaves is garbage with a finalizer (base_events.py's __del__). On PyPy it heads the
# finalizer queue of the next collection, so the program's own finalizers there run in plain order (the first one
# queued is otherwise interrupted and runs last); on CPython the loop dies at once.
# includes: a_label.py
import asyncio, gc
gc.disable()
gc.collect()

async def main():
    x = A('in-main')
    await asyncio.sleep(0)
    event('main done')

asyncio.run(main())
gc.collect()
event('after run')
a = A('first')
b = A('second')
def f():
    x = A('third')
f()
del a, b
gc.collect()
event('end')
