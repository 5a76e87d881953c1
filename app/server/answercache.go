package server

import (
	"container/list"
	"net/http"
	"sync"
)

// answerCache keeps compressed answers by encoding and URL. What compressed
// serves is a function of its URL and the build: a page of its scenario,
// go-app's scripts, the manifest. So a page's first request pays for its
// pre-rendering and its compression, and the next ones for a copy. It holds
// at most max answers of at most maxBytes in all, the least recently used
// going first: a request for yet another scenario costs the server one
// more entry, never more memory than that bound.
type answerCache struct {
	mu       sync.Mutex
	max      int
	maxBytes int
	bytes    int
	order    *list.List // of *answer, the most recent first
	byKey    map[string]*list.Element
}

// answer is an answer as compressed writes it; key is its key in the cache.
type answer struct {
	key    string
	status int
	header http.Header
	body   []byte
}

func newAnswerCache(max, maxBytes int) *answerCache {
	return &answerCache{max: max, maxBytes: maxBytes, order: list.New(), byKey: map[string]*list.Element{}}
}

func (c *answerCache) get(key string) (*answer, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*answer), true
}

func (c *answerCache) put(a *answer) {
	if c == nil || len(a.body) > c.maxBytes {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[a.key]; ok {
		c.bytes -= len(e.Value.(*answer).body)
		c.order.Remove(e)
	}
	c.byKey[a.key] = c.order.PushFront(a)
	c.bytes += len(a.body)
	for c.order.Len() > c.max || c.bytes > c.maxBytes {
		old := c.order.Remove(c.order.Back()).(*answer)
		delete(c.byKey, old.key)
		c.bytes -= len(old.body)
	}
}

// A page travels as some 12 KB of brotli: the bounds hold a few hundred
// scenarios' pages in a few megabytes.
const (
	answerCacheEntries = 256
	answerCacheBytes   = 8 << 20
)
