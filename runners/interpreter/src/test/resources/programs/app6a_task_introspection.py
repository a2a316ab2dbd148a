# A supervisor that inspects its tasks: current_task, all_tasks, names, coroutine states, done callbacks
import asyncio
import inspect
import weakref

class Worker:
    def __init__(self, name):
        self.name = name
    async def run(self, gate):
        me = asyncio.current_task()
        event(self.name, "running as", me.get_name(), inspect.getcoroutinestate(me.get_coro()))
        await gate.wait()
        return self.name.upper()
    def __del__(self):
        event("worker freed", self.name)

def report(task):
    state = "cancelled" if task.cancelled() else f"result={task.result()}"
    event("done callback", task.get_name(), state)

async def main():
    gate = asyncio.Event()
    refs = []
    for i, name in enumerate(["fetch", "parse", "store"]):
        task = asyncio.create_task(Worker(name).run(gate), name=f"job-{i}")
        task.add_done_callback(report)
        refs.append(weakref.ref(task))
    del task
    await asyncio.sleep(0)
    others = sorted(t.get_name() for t in asyncio.all_tasks() if t is not asyncio.current_task())
    event("others", others, "me", asyncio.current_task().get_name())
    refs[1]().cancel()
    coro = refs[0]().get_coro()
    event("coro state", inspect.getcoroutinestate(coro))
    del coro
    gate.set()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    event("alive refs", [r() is not None for r in refs])
    event("main done")

asyncio.run(main(), debug=False)
event("end")
