# A leaderboard sorted with attrgetter/itemgetter/methodcaller keys; the key callables keep nothing alive
# includes: named.py
import gc
import operator

class Team(Named):
    died = "team freed"
    def __init__(self, name, city):
        super().__init__(name)
        self.city = city

class Player(Named):
    died = "player freed"
    def __init__(self, name, score, team):
        super().__init__(name)
        self.score = score
        self.team = team
    def label(self, prefix, upper=False):
        s = prefix + self.name
        return s.upper() if upper else s

red = Team("red", "Oslo")
blue = Team("blue", "Bergen")
players = [Player("ann", 30, red), Player("bob", 30, blue), Player("cy", 12, red)]
del red, blue
by_city = operator.attrgetter("team.city", "name")
event("by city", [by_city(p) for p in sorted(players, key=by_city)])
ranked = sorted(players, key=operator.attrgetter("score"), reverse=True)
event("ranked stable", [p.name for p in ranked])
rows = [(p.name, p.score) for p in players]
event("itemgetter", sorted(rows, key=operator.itemgetter(1, 0)), operator.itemgetter(0)(rows))
label = operator.methodcaller("label", "#", upper=True)
event("methodcaller", [label(p) for p in players], repr(operator.methodcaller("label", "x"))[:30])
best = max(players, key=operator.attrgetter("score"))
event("best", best.name, min(rows, key=operator.itemgetter(1)))
del ranked, best
event("dropping players")
players.pop()
event("popped cy")
players = None
gc.collect()
event("end")
