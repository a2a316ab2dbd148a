# A download manager: each download holds a connection; the slow ones are cancelled and clean up in finally
import asyncio
import weakref
from dataclasses import dataclass, field

@dataclass
class Connection:
    host: str
    open: bool = True

    def close(self):
        self.open = False
        event("closed", self.host)

    def __del__(self):
        event("connection freed", self.host, "open" if self.open else "closed")

@dataclass
class Download:
    url: str
    chunks: list = field(default_factory=list)

async def fetch(dl, ticks):
    conn = Connection(dl.url.split("/")[2])
    weakref.finalize(dl, event, "download record gone", dl.url)
    try:
        for i in range(ticks):
            await asyncio.sleep(0)
            dl.chunks.append(i)
        return len(dl.chunks)
    except asyncio.CancelledError:
        event("cancelled after", len(dl.chunks), "chunks of", dl.url)
        raise
    finally:
        conn.close()

async def main():
    urls = {"http://a.example/x": 2, "http://b.example/y": 10, "http://c.example/z": 3}
    tasks = {url: asyncio.create_task(fetch(Download(url), n), name=url) for url, n in urls.items()}
    for _ in range(4):
        await asyncio.sleep(0)
    for url, task in tasks.items():
        if not task.done():
            event("cancelling", task.get_name(), task.cancel())
    for url, task in tasks.items():
        try:
            event("result", url, await task)
        except asyncio.CancelledError:
            event("was cancelled", url, task.cancelled())
    event("clearing tasks")
    tasks.clear()
    event("main done")

asyncio.run(main())
event("end")
