# An async generator streams rows to a consumer coroutine driven by hand, and aclose runs its cleanup
class Cursor:
    def __init__(self):
        event("cursor open")
    def __del__(self):
        event("cursor freed")

async def rows(n):
    cursor = Cursor()
    try:
        for i in range(n):
            yield {"id": i}
    finally:
        event("rows cleanup")

async def consume(limit):
    got = []
    stream = rows(10)
    async for row in stream:
        got.append(row["id"])
        if len(got) == limit:
            break
    await stream.aclose()
    event("consumed", got)
    return got

async def count_all():
    return len([r async for r in rows(3)])

def run(coro):
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    raise RuntimeError("coroutine suspended")

event("result", run(consume(2)))
event("count", run(count_all()))
event("end")
