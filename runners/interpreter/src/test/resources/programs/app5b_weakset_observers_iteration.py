# includes: named.py
# Observers kept in a WeakSet and a WeakKeyDictionary: members dying while the containers are iterated
import gc
import weakref

class Observer(Named):
    died = "observer freed"
    def notify(self, msg):
        event(self.name, "got", msg)

class Subject:
    def __init__(self):
        self.observers = weakref.WeakSet()
        self.meta = weakref.WeakKeyDictionary()
    def attach(self, obs, priority):
        self.observers.add(obs)
        self.meta[obs] = priority
    def publish(self, msg, victims):
        for obs in sorted(self.observers, key=lambda o: self.meta[o]):
            obs.notify(msg)
            if victims:
                victims.pop()
                event("victim dropped, live", len(self.observers))
        event("after publish", len(self.observers), len(self.meta))

subject = Subject()
pool = [Observer(n) for n in ("a", "b", "c", "d")]
for i, o in enumerate(pool):
    subject.attach(o, -i)
event("attached", len(subject.observers), sorted(o.name for o in subject.observers))
subject.publish("first", [])
del o
doomed = [pool.pop(0), pool.pop(0)]
subject.publish("second", doomed)
del doomed
gc.collect()
event("after collect", len(subject.observers), sorted(o.name for o in subject.meta.keys()))
for obs, prio in list(subject.meta.items()):
    event("meta", obs.name, prio)
del obs
event("contains", pool[0] in subject.observers, Observer("tmp") in subject.observers)
gc.collect()
it = iter(subject.meta)
first = next(it)
event("iterating", first.name)
pool.clear()
event("pool cleared")
del first, it
gc.collect()
event("end", len(subject.observers), len(subject.meta))
