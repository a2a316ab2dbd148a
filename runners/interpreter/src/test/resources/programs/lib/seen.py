# Included by the programs whose header says `# includes: seen.py`: the list `seen` and the base of an object
# that appends its name to it when it dies (class C(Seen): pass), for programs that look at deaths without
# emitting an event from __del__.
seen = []
class Seen:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        seen.append(self.name)
