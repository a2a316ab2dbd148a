# Included by the programs whose header says `# includes: cycled_generator.py`: an exception that reports its
# death with its first argument, and a driver that makes a generator part of a garbage cycle and collects it.
import gc

class E(Exception):
    def __del__(self):
        event("__del__", self.args[0])

# Runs genfunc(box) to its first yield with the generator in box, drops both (a garbage cycle), collects twice.
def collect_cycled(genfunc):
    box = []
    g = genfunc(box)
    box.append(g)
    event(next(g))
    del g, box
    event("collect", gc.collect())
    event("collect again", gc.collect())
