# includes: a_n_del.py
# asyncio.wait (FIRST_COMPLETED, a timeout, ALL_COMPLETED, FIRST_EXCEPTION), as_completed (3.13: an iterator
# object), done callbacks, wait_for (3.12+: through timeout()), and "exception was never retrieved" reaching a custom
# exception handler when the future dies (CPython: at once; PyPy: at the next collection).
import asyncio, gc, sys
async def job(n, delay, fail=False):
    a = A(n)
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"job {n} failed")
    return n
def handler(loop, context):
    exc = context.get("exception")
    keys = sorted(k for k in context if k != "exception")
    event("handler", context["message"], type(exc).__name__, exc, keys)
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    event("handler set", loop.get_exception_handler() is handler)
    tasks = [asyncio.create_task(job(i, 0.1 * i)) for i in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    event("first", [t.result() for t in done], len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    event("timeout", sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks)
    event("all", sorted(t.result() for t in done), len(pending))
    del tasks, done, pending
    ts = [asyncio.create_task(job(10 + i, 0.1 * (3 - i), fail=(i == 1))) for i in range(3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    event("first exc", len(done), len(pending))
    for t in pending:
        t.cancel()
    del done, pending, t
    event("dropping")
    ts = None
    event("dropped")
    await asyncio.sleep(0.4)
    event("slept")
    # tasks made here, in this order (as_completed's set of coroutines would order them by address on CPython and
    # by insertion on PyPy, whose collector then finalizes them in that order)
    acs = [asyncio.ensure_future(job(20, 0.2)), asyncio.ensure_future(job(21, 0.1))]
    for c in asyncio.as_completed(acs):
        r = await c
        event("as_completed", r)
    del c, acs
    try:
        for c in asyncio.as_completed([job(22, 1)], timeout=0.01):
            await c
    except asyncio.TimeoutError:
        event("as_completed timeout")
    del c
    fut = loop.create_future()
    fut.add_done_callback(lambda f: event("done cb", f.result().n))
    def cb2(f):
        event("never")
    fut.add_done_callback(cb2)
    event("removed", fut.remove_done_callback(cb2))
    fut.set_result(A(30))
    await asyncio.sleep(0)
    fut = None
    event("fut dropped")
    f2 = loop.create_future()
    f2.set_exception(KeyError("k"))
    event("f2 set")
    del f2
    event("f2 dropped")
    t = asyncio.create_task(job(40, 0, fail=True))
    await asyncio.sleep(0.01)
    event("t done", t.done())
    del t
    event("t dropped")
    try:
        await asyncio.wait_for(job(50, 1), timeout=0.01)
    except asyncio.TimeoutError as e:
        event("wait_for timeout", type(e).__name__, type(e.__cause__).__name__, e.__context__ is None)
    try:
        await asyncio.wait_for(job(51, 1), timeout=0)
    except asyncio.TimeoutError:
        event("wait_for zero")
    r = await asyncio.wait_for(job(52, 0), timeout=None)
    event("wait_for none", r)
    event("TimeoutError is builtin", asyncio.TimeoutError is TimeoutError)
asyncio.run(main())
gc.collect()
event("end")
