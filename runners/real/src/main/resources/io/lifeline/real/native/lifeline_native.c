/*
 * lifeline_native: native extension objects for lifeline's scenarios (family cases/native).
 *
 * Built on demand for each real interpreter against its own headers (NativeBuild.java); never installed. It gives
 * scenarios objects whose references live in C, so they can observe what each interpreter's collector does with
 * them (pypy issue #3848: under cpyext, tp_traverse and tp_clear are never called, so a cycle through a native
 * object leaks; see pypy/doc/discussion/rawrefcount.rst).
 *
 *   Wrapper(ref=None, other=None)               GC-tracked: two object slots; weakrefs
 *   Finalized(ref=None, other=None, on_del=None) a Wrapper whose tp_finalize calls on_del(self), as a Python-level
 *                                               __del__ would run (PyPy 7.3.11's cpyext aborts the process when
 *                                               an object of a type with tp_finalize dies: "missing slot wrapper
 *                                               wrap_del"; so the finalizer lives in a type of its own)
 *   Untracked(ref=None, other=None)             the same slots without tp_traverse/tp_clear: not GC-tracked, so a
 *                                               cycle through it leaks on CPython too; weakrefs
 *   Base()                                      GC-tracked, instance attributes in a dict (tp_dictoffset),
 *                                               subclassable (Py_TPFLAGS_BASETYPE); weakrefs
 *   Widget(callback=None)                       GC-tracked; widget.fire(*args) calls callback(*args) from C
 *   call(f, *args)                              calls f(*args) from C; the arguments stay referenced by this
 *                                               call's argument tuple until f returns
 *   keep(obj) / drop()                          one module-level strong reference, as extensions keep caches
 *
 * Types are static PyTypeObjects, not PyType_FromSpec heap types: a static type is never part of a cycle and
 * never collected, so the collector's counts and orders in a scenario involve only the program's own objects.
 *
 * Every tp_dealloc follows the order the C API documents (Doc/c-api/typeobj.rst, tp_dealloc and tp_finalize):
 * finalizer first, which may resurrect; then untrack, clear weak references, clear the slots, free. On PyPy,
 * PyObject_GC_UnTrack is a no-op macro and cpyext's own rules decide when a native object dies.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

/*
 * What every type here starts with: a static type lifeline_native.NAME whose instances are OBJECT structs, made by
 * PyType_GenericNew (the slots start empty; tp_init fills them).
 */
#define NATIVE_TYPE_HEAD(name, object, doc) \
    PyVarObject_HEAD_INIT(NULL, 0) \
    .tp_name = "lifeline_native." name, \
    .tp_doc = doc, \
    .tp_basicsize = sizeof(object), \
    .tp_new = PyType_GenericNew

/* tp_traverse and tp_clear (PREFIX_traverse, PREFIX_clear) of a type whose one owned, cycle-capable reference is
 * OBJECT's FIELD. */
#define ONE_SLOT_GC(prefix, object, field) \
    static int \
    prefix##_traverse(PyObject *self, visitproc visit, void *arg) \
    { \
        Py_VISIT(((object *)self)->field); \
        return 0; \
    } \
    static int \
    prefix##_clear(PyObject *self) \
    { \
        Py_CLEAR(((object *)self)->field); \
        return 0; \
    }

/* ---------------------------------------------------------------- Wrapper, Finalized, Untracked */

/* One layout for the three; only Finalized uses on_del. */
typedef struct {
    PyObject_HEAD
    PyObject *ref;
    PyObject *other;
    PyObject *on_del;
    PyObject *weakrefs;
} WrapperObject;

/* The members of the three: ref and other; Finalized adds on_del. */
#define WRAPPER_SLOT_MEMBERS \
    {"ref", T_OBJECT, offsetof(WrapperObject, ref), 0, "first object slot (None when empty)"}, \
    {"other", T_OBJECT, offsetof(WrapperObject, other), 0, "second object slot (None when empty)"}

static PyMemberDef wrapper_members[] = {
    WRAPPER_SLOT_MEMBERS,
    {NULL}
};

static PyMemberDef finalized_members[] = {
    WRAPPER_SLOT_MEMBERS,
    {"on_del", T_OBJECT, offsetof(WrapperObject, on_del), 0, "called as on_del(self) when finalized"},
    {NULL}
};

/* Py_NewRef, which PyPy 3.9's headers lack. */
static PyObject *
new_ref(PyObject *obj)
{
    Py_INCREF(obj);
    return obj;
}

/* Sets a slot from an optional constructor argument: NULL and None both leave it empty. */
static void
set_slot(PyObject **slot, PyObject *value)
{
    Py_XSETREF(*slot, (value == NULL || value == Py_None) ? NULL : new_ref(value));
}

/*
 * Sets the slots from the optional arguments named in kwlist ("ref", "other" and, for Finalized, "on_del"), one
 * "O" of format each; a slot not named stays empty.
 */
static int
init_slots(PyObject *self, PyObject *args, PyObject *kwds, const char *format, char **kwlist)
{
    WrapperObject *w = (WrapperObject *)self;
    PyObject *ref = NULL, *other = NULL, *on_del = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, format, kwlist, &ref, &other, &on_del)) {
        return -1;
    }
    set_slot(&w->ref, ref);
    set_slot(&w->other, other);
    set_slot(&w->on_del, on_del);
    return 0;
}

static int
finalized_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"ref", "other", "on_del", NULL};
    return init_slots(self, args, kwds, "|OOO", kwlist);
}

static int
wrapper_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"ref", "other", NULL};
    return init_slots(self, args, kwds, "|OO", kwlist);
}

/* APPLY (Py_VISIT or Py_CLEAR) on each owned slot of W, so that tp_traverse and tp_clear cover the same ones. */
#define WRAPPER_EACH_SLOT(apply, w) \
    apply((w)->ref); \
    apply((w)->other); \
    apply((w)->on_del)

static int
wrapper_traverse(PyObject *self, visitproc visit, void *arg)
{
    WRAPPER_EACH_SLOT(Py_VISIT, (WrapperObject *)self);
    return 0;
}

static int
wrapper_clear(PyObject *self)
{
    WRAPPER_EACH_SLOT(Py_CLEAR, (WrapperObject *)self);
    return 0;
}

/*
 * tp_finalize: on_del(self), if set. Called once per object (PEP 442), by the cycle collector before any
 * tp_clear of its unreachable set, or from tp_dealloc. An exception is reported as unraisable, as for __del__.
 */
static void
wrapper_finalize(PyObject *self)
{
    WrapperObject *w = (WrapperObject *)self;
    if (w->on_del == NULL) {
        return;
    }
    PyObject *type, *value, *traceback;
    PyErr_Fetch(&type, &value, &traceback);
    PyObject *on_del = new_ref(w->on_del);
    PyObject *result = PyObject_CallOneArg(on_del, self);
    if (result == NULL) {
        PyErr_WriteUnraisable(on_del);
    }
    Py_XDECREF(result);
    Py_DECREF(on_del);
    PyErr_Restore(type, value, traceback);
}

/* Not (or no longer) tracked: clear weak references, release the slots, free. */
static void
untracked_dealloc(PyObject *self)
{
    if (((WrapperObject *)self)->weakrefs != NULL) {
        PyObject_ClearWeakRefs(self);
    }
    wrapper_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static void
wrapper_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    untracked_dealloc(self);
}

/* The finalizer runs first and may resurrect self; a collected object has been finalized already (PEP 442). */
static void
finalized_dealloc(PyObject *self)
{
    if (PyObject_CallFinalizerFromDealloc(self) < 0) {
        return; /* on_del resurrected self */
    }
    wrapper_dealloc(self);
}

/* The shared head of the three types: a WrapperObject with weak references, its init and its members. */
#define WRAPPER_TYPE_HEAD(name, doc, init, members) \
    NATIVE_TYPE_HEAD(name, WrapperObject, doc), \
    .tp_init = init, \
    .tp_weaklistoffset = offsetof(WrapperObject, weakrefs), \
    .tp_members = members

/* What makes Wrapper and Finalized visible to the cycle collector; Untracked leaves these out. */
#define WRAPPER_GC_SLOTS \
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC, \
    .tp_traverse = wrapper_traverse, \
    .tp_clear = wrapper_clear

static PyTypeObject WrapperType = {
    WRAPPER_TYPE_HEAD("Wrapper", "GC-tracked native object with two object slots.", wrapper_init, wrapper_members),
    WRAPPER_GC_SLOTS,
    .tp_dealloc = wrapper_dealloc,
};

static PyTypeObject FinalizedType = {
    WRAPPER_TYPE_HEAD("Finalized", "GC-tracked native object with two object slots and an on_del finalizer.",
                      finalized_init, finalized_members),
    WRAPPER_GC_SLOTS,
    .tp_finalize = wrapper_finalize,
    .tp_dealloc = finalized_dealloc,
};

static PyTypeObject UntrackedType = {
    WRAPPER_TYPE_HEAD("Untracked", "Native object with two object slots, invisible to the cycle collector.",
                      wrapper_init, wrapper_members),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_dealloc = untracked_dealloc,
};

/* ---------------------------------------------------------------- Base */

/* Instance attributes live in a dict at tp_dictoffset, which tp_traverse and tp_clear must cover. */
typedef struct {
    PyObject_HEAD
    PyObject *dict;
    PyObject *weakrefs;
} BaseObject;

ONE_SLOT_GC(base, BaseObject, dict)

/*
 * Also the last step of a Python subclass's dealloc: subtype_dealloc (Objects/typeobject.c) has run the
 * subclass's __del__, cleared what the subclass added and re-tracked self before calling this.
 */
static void
base_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    if (((BaseObject *)self)->weakrefs != NULL) {
        PyObject_ClearWeakRefs(self);
    }
    base_clear(self);
    Py_TYPE(self)->tp_free(self);
}

static PyGetSetDef base_getset[] = {
    {"__dict__", PyObject_GenericGetDict, PyObject_GenericSetDict, "instance attributes", NULL},
    {NULL}
};

static PyTypeObject BaseType = {
    NATIVE_TYPE_HEAD("Base", BaseObject,
                     "GC-tracked native object with an instance dict; Python classes may subclass it."),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_traverse = base_traverse,
    .tp_clear = base_clear,
    .tp_dealloc = base_dealloc,
    .tp_dictoffset = offsetof(BaseObject, dict),
    .tp_weaklistoffset = offsetof(BaseObject, weakrefs),
    .tp_getset = base_getset,
};

/* ---------------------------------------------------------------- Widget */

typedef struct {
    PyObject_HEAD
    PyObject *callback;
} WidgetObject;

static PyMemberDef widget_members[] = {
    {"callback", T_OBJECT, offsetof(WidgetObject, callback), 0, "what fire() calls (None when empty)"},
    {NULL}
};

static int
widget_init(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"callback", NULL};
    PyObject *callback = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|O", kwlist, &callback)) {
        return -1;
    }
    set_slot(&((WidgetObject *)self)->callback, callback);
    return 0;
}

ONE_SLOT_GC(widget, WidgetObject, callback)

static void
widget_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    widget_clear(self);
    Py_TYPE(self)->tp_free(self);
}

/*
 * fire(*args): callback(*args), called from C. The callback is held for the call's duration, so clearing the
 * slot from inside the callback does not free the running callable; args stay referenced by the argument tuple.
 */
static PyObject *
widget_fire(PyObject *self, PyObject *args)
{
    PyObject *callback = ((WidgetObject *)self)->callback;
    if (callback == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "widget has no callback");
        return NULL;
    }
    Py_INCREF(callback);
    PyObject *result = PyObject_Call(callback, args, NULL);
    Py_DECREF(callback);
    return result;
}

static PyMethodDef widget_methods[] = {
    {"fire", widget_fire, METH_VARARGS, "fire(*args): call the callback from C with args."},
    {NULL}
};

static PyTypeObject WidgetType = {
    NATIVE_TYPE_HEAD("Widget", WidgetObject,
                     "GC-tracked native object that calls its callback from C."),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_init = widget_init,
    .tp_traverse = widget_traverse,
    .tp_clear = widget_clear,
    .tp_dealloc = widget_dealloc,
    .tp_members = widget_members,
    .tp_methods = widget_methods,
};

/* ---------------------------------------------------------------- Module functions */

/* The object keep() holds; NULL when none. Visited by the module's traverse. */
static PyObject *kept = NULL;

/* call(f, *args): f(*args) from C. Unlike a Python-level call on CPython 3.11+, the argument tuple (owned by
 * this call) keeps every argument alive until f returns. */
static PyObject *
native_call(PyObject *module, PyObject *args)
{
    if (PyTuple_GET_SIZE(args) < 1) {
        PyErr_SetString(PyExc_TypeError, "call() needs a callable");
        return NULL;
    }
    PyObject *rest = PyTuple_GetSlice(args, 1, PyTuple_GET_SIZE(args));
    if (rest == NULL) {
        return NULL;
    }
    PyObject *result = PyObject_Call(PyTuple_GET_ITEM(args, 0), rest, NULL);
    Py_DECREF(rest);
    return result;
}

/* keep(obj): hold obj from the module, releasing what was held before. */
static PyObject *
native_keep(PyObject *module, PyObject *obj)
{
    Py_XSETREF(kept, new_ref(obj));
    Py_RETURN_NONE;
}

/* drop(): release what keep() holds; its finalizer, if it dies now, runs before drop() returns. */
static PyObject *
native_drop(PyObject *module, PyObject *unused)
{
    Py_CLEAR(kept);
    Py_RETURN_NONE;
}

static PyMethodDef native_functions[] = {
    {"call", native_call, METH_VARARGS, "call(f, *args): f(*args) from C, holding args until it returns."},
    {"keep", native_keep, METH_O, "keep(obj): hold a module-level strong reference to obj."},
    {"drop", native_drop, METH_NOARGS, "drop(): release the reference keep() holds."},
    {NULL}
};

static int
native_traverse(PyObject *module, visitproc visit, void *arg)
{
    Py_VISIT(kept);
    return 0;
}

static struct PyModuleDef native_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "lifeline_native",
    .m_doc = "Native extension objects for lifeline scenarios.",
    .m_size = -1,
    .m_methods = native_functions,
    .m_traverse = native_traverse,
};

static int
add_type(PyObject *module, PyTypeObject *type, const char *name)
{
    if (PyType_Ready(type) < 0) {
        return -1;
    }
    Py_INCREF(type);
    if (PyModule_AddObject(module, name, (PyObject *)type) < 0) {
        Py_DECREF(type);
        return -1;
    }
    return 0;
}

PyMODINIT_FUNC
PyInit_lifeline_native(void)
{
    PyObject *module = PyModule_Create(&native_module);
    if (module == NULL) {
        return NULL;
    }
    if (add_type(module, &WrapperType, "Wrapper") < 0
        || add_type(module, &FinalizedType, "Finalized") < 0
        || add_type(module, &UntrackedType, "Untracked") < 0
        || add_type(module, &BaseType, "Base") < 0
        || add_type(module, &WidgetType, "Widget") < 0) {
        Py_DECREF(module);
        return NULL;
    }
    return module;
}
