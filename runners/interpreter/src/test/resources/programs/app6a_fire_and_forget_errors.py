# Fire-and-forget tasks: a custom exception handler hears about errors nobody retrieved, when the task dies
# includes: res.py
import asyncio
import gc

class Upload(Res):
    pass

def handler(loop, context):
    exc = context.get("exception")
    task = context.get("task") or context.get("future")
    event("handler:", context["message"], type(exc).__name__ if exc else None,
          task.get_name() if task is not None else None)

async def upload(name, fail):
    up = Upload(name)
    await asyncio.sleep(0)
    if fail:
        raise ConnectionError(f"{name} refused")
    return name

background = set()

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    event("handler installed", loop.get_exception_handler() is handler)
    for name, fail in [("logo.png", False), ("big.iso", True), ("notes.txt", True)]:
        t = asyncio.create_task(upload(name, fail), name=name)
        background.add(t)
        t.add_done_callback(background.discard)
    del t
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    event("pending after two ticks", len(background))
    retrieved = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
    event("still running", len(retrieved))
    del retrieved
    gc.collect()
    event("collected")
    orphan = asyncio.ensure_future(asyncio.sleep(3600))
    orphan.set_name("orphan") if hasattr(orphan, "set_name") else None
    await asyncio.sleep(0)
    event("main done")

asyncio.run(main())
gc.collect()
event("end")
