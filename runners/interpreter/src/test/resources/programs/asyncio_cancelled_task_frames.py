# includes: a_label.py
# A task asyncio.run cancels at shutdown keeps the CancelledError it was cancelled with (gather's result is a new
# one), whose traceback holds the coroutine's finished frame and its locals. Since 3.12 that finished frame stays
# linked (f_back) to the Python frame that called into the C task step, Handle._run, and so up the loop's frames to
# _cancel_all_tasks, whose set holds the task: a cycle only the collector frees. 3.10/3.11 free it at once; PyPy
# needs one collection per finalizer on the way (the task, its coroutine's locals).
import asyncio, gc
gc.disable()
gc.collect()

async def pending(a):
    x = A('local')
    await asyncio.sleep(10)

async def main():
    t = asyncio.ensure_future(pending(A('argument')))
    await asyncio.sleep(0)
    event('main done')

def collect_thrice():
    for n in ('once', 'twice', 'thrice'):
        gc.collect()
        event('collected', n)

asyncio.run(main())
event('ran')
collect_thrice()

# An async generator left suspended by break is closed by shutdown_asyncgens in a task of its own: cancelled
# before it starts, it throws CancelledError into the generator, whose frame the task's exception then keeps.
async def agen(a):
    y = A('agen local')
    yield 1
    yield 2

async def main2():
    async for v in agen(A('agen argument')):
        break
    event('broke')

asyncio.run(main2())
event('ran2')
collect_thrice()

# A task cancelled while awaited by gather(return_exceptions=True) keeps its CancelledError for as long as the
# task lives; the result gather hands back is another one.
async def child():
    c = A('child local')
    await asyncio.sleep(10)

async def main3():
    t = asyncio.ensure_future(child())
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    event('gathered', type(res[0]).__name__)
    del res
    event('dropping task')
    del t
    event('dropped task')

asyncio.run(main3())
gc.collect()
event('end')
