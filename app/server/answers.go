package server

import (
	"net/http"

	"golang.org/x/sync/singleflight"
)

// answers is where compressed gets its answers made and kept. A page's
// answer is a pre-rendering and a compression, each of which takes memory
// while it runs (a brotli encoder's window and tables, the page's tree and
// its HTML); so that many requests at once for pages not yet made cost no
// more than a few of them:
//
//   - the same request (encoding and URL) made by several clients at once
//     is made once, and its answer shared (flights);
//   - at most cap(slots) answers are made at once, whatever the number of
//     different requests; the others wait their turn, holding nothing but
//     their request;
//   - a made answer is kept for the next one to ask (cache).
type answers struct {
	cache   *answerCache
	flights singleflight.Group
	slots   chan struct{}
}

// compressSlots is how many answers are made at once. Each is work for a
// core from start to end (a render and a compression in memory, never a
// wait on the network), so more at once than there are cores would finish
// none sooner and only hold more memory. Two keeps two cores busy under a
// burst of new scenarios, and is a bound on memory that does not grow with
// the host: on one with more cores (GOMAXPROCS) a burst only queues a
// little longer.
const compressSlots = 2

func newAnswers(cache *answerCache, slots int) *answers {
	return &answers{cache: cache, slots: make(chan struct{}, slots)}
}

// shared is the answer kept under key, or the one build makes: once for
// all the requests that ask for key while it is being made, and kept when
// it is a 200.
func (a *answers) shared(key string, build func() *answer) *answer {
	if ans, ok := a.cache.get(key); ok {
		return ans
	}
	v, _, _ := a.flights.Do(key, func() (any, error) {
		// A flight that ended just before this one began has kept its answer.
		if ans, ok := a.cache.get(key); ok {
			return ans, nil
		}
		ans := a.inSlot(build)
		if ans.status == http.StatusOK {
			ans.key = key
			a.cache.put(ans)
		}
		return ans, nil
	})
	return v.(*answer)
}

// inSlot is build's answer, made once a slot is free.
func (a *answers) inSlot(build func() *answer) *answer {
	a.slots <- struct{}{}
	defer func() { <-a.slots }()
	return build()
}
