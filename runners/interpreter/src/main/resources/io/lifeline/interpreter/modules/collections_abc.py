# collections.abc: the names of _collections_abc (CPython's Lib/collections/abc.py is `from _collections_abc import *`).
from _collections_abc import Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator
from _collections_abc import Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable
from _collections_abc import Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView, ItemsView
from _collections_abc import ValuesView, Sequence, MutableSequence, ByteString
