# A tiny scheduler on loop timers: call_soon, call_later, call_at, a cancelled handle releasing its arguments
# includes: named.py
import asyncio

class Reminder(Named):
    died = "reminder freed"
    text = property(lambda self: self.name)

def fire(reminder, log):
    log.append(reminder.text)
    event("fired", reminder.text)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    done = loop.create_future()
    loop.call_soon(fire, Reminder("now"), log)
    h_late = loop.call_later(0.02, fire, Reminder("later"), log)
    h_soon = loop.call_later(0.01, fire, Reminder("sooner"), log)
    h_never = loop.call_at(loop.time() + 0.015, fire, Reminder("never"), log)
    loop.call_later(0.03, done.set_result, "finished")
    event("scheduled", isinstance(h_late, asyncio.TimerHandle), h_never.cancelled())
    h_never.cancel()
    event("cancelled", h_never.cancelled())
    del h_never
    event("dropped handle")
    event("waiting", await done)
    event("log", log)
    event("when ordered", h_soon.when() < h_late.when())
    del h_late, h_soon
    event("main done")

asyncio.run(main())
event("end")
