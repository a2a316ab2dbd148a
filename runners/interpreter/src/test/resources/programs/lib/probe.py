# Included by the programs whose header says `# includes: probe.py`: an object that reports its death with its
# name.
class Probe:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        event("del", self.name)
