# Coroutines that are created but never awaited: the RuntimeWarning a forgotten await produces, and when
# includes: named.py
import asyncio
import gc
import inspect
import warnings

class Mail(Named):
    died = "mail object freed"
    to = property(lambda self: self.name)

async def send_mail(mail):
    await asyncio.sleep(0)
    event("sent to", mail.to)

def schedule_all(recipients, forget=()):
    pending = []
    for r in recipients:
        coro = send_mail(Mail(r))
        if r in forget:
            event("state of forgotten", inspect.getcoroutinestate(coro))
            continue
        pending.append(coro)
    return pending

async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        coros = schedule_all(["ann", "bob", "cid"], forget={"bob"})
        event("caught after scheduling", len(caught))
        await asyncio.gather(*coros)
        del coros
        lonely = send_mail(Mail("dan"))
        lonely.close()
        event("closed lonely", inspect.getcoroutinestate(lonely))
        del lonely
        gc.collect()
    for w in caught:
        event("warning", w.category.__name__, str(w.message))
    event("main done")

asyncio.run(main())
event("end")
