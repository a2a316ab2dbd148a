# A request registry built on bare futures: done callbacks with partial arguments, one removed before it fires
import asyncio
import functools

class Listener:
    def __init__(self, name):
        self.name = name
    def on_done(self, tag, fut):
        if fut.cancelled():
            event(self.name, tag, "saw cancel")
        elif fut.exception() is not None:
            event(self.name, tag, "saw error", repr(fut.exception()))
        else:
            event(self.name, tag, "saw", fut.result())
    def __del__(self):
        event("listener gone", self.name)

class Registry:
    def __init__(self, loop):
        self.loop = loop
        self.pending = {}

    def request(self, key, *listeners):
        fut = self.loop.create_future()
        for lst in listeners:
            fut.add_done_callback(functools.partial(lst.on_done, key))
        self.pending[key] = fut
        return fut

    def resolve(self, key, value=None, error=None):
        fut = self.pending.pop(key)
        if error is not None:
            fut.set_exception(error)
        else:
            fut.set_result(value)

async def main():
    reg = Registry(asyncio.get_running_loop())
    f1 = reg.request("users", Listener("audit"), Listener("cache"))
    cb = Listener("metrics").on_done
    f2 = reg.request("orders")
    f2.add_done_callback(cb)
    f2.add_done_callback(cb)
    event("removed", f2.remove_done_callback(cb))
    del cb
    f3 = reg.request("stock", Listener("ui"))
    reg.resolve("users", value=["ann", "bob"])
    reg.resolve("orders", error=KeyError("order 7"))
    f3.cancel()
    event("callbacks scheduled")
    await asyncio.sleep(0)
    event("after one tick")
    event("f2 exception", repr(f2.exception()))
    del f1, f2, f3
    event("main done")

asyncio.run(main())
event("end")
