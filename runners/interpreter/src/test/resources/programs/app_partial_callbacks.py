# Button callbacks bound with functools.partial keep their arguments alive until the button list is cleared
import functools

class Context:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        event("context", self.name, "freed")

def on_press(ctx, label, *, times=1):
    event("pressed", label, "in", ctx.name, "x", times)

class Button:
    def __init__(self, label, callback):
        self.label, self.callback = label, callback
    def click(self):
        self.callback()

buttons = []
for name in ["save", "open"]:
    ctx = Context(name)
    buttons.append(Button(name, functools.partial(on_press, ctx, name)))
del ctx
twice = functools.partial(buttons[0].callback, times=2)
event("partial", twice.func is on_press, twice.args[1], twice.keywords)
for b in buttons:
    b.click()
twice()
buttons.pop()
event("popped open")
buttons.clear()
event("buttons cleared")
del twice
event("end")
