# random (Lib/random.py over the C _random generator; the same Mersenne Twister on PyPy) draws the same numbers on
# every interpreter for a seed: int, str and bytes seeds, random, randint, randrange, choice, shuffle, sample,
# choices, uniform, gauss. sample copies the population into a pool list that dies when it returns; the items a
# draw picked live while the program keeps them.
# includes: probe.py
import gc
import random

random.seed(1)
event(random.random(), random.randint(1, 100), random.getrandbits(40), random.randrange(10, 50, 5))
random.seed("lifeline")
event(random.random())
random.seed(b"bytes seed")
event(random.uniform(2, 3))
random.seed(2 ** 70 + 5)
event(random.random(), random.gauss(0, 1), random.gauss(0, 1))

rng = random.Random(42)
deck = [Probe("card%d" % i) for i in range(8)]
rng.shuffle(deck)
event("shuffled", [c.name for c in deck])
hand = rng.sample(deck, 3)
event("hand", [c.name for c in hand])
pick = rng.choice(deck)
event("pick", pick.name)
picks = rng.choices(deck, weights=[1, 2, 3, 4, 5, 6, 7, 8], k=2)
event("weighted", [c.name for c in picks])
del deck
event("deck dropped")
del hand
event("hand dropped")
del picks
event("picks dropped")
big = rng.sample(range(10000), 5)
event("big", big)
pick = None
gc.collect()
event("end")
