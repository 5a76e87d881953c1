package calc

import (
	"fmt"
	"strconv"
	"unicode/utf8"
)

// MaxNotices is how many notices one query gets in full. A query can hold
// any number of bad parts, and every notice costs a message here and an
// element on the page: past the cap they are only counted, and one notice
// of code MoreNotices says how many were left out.
const MaxNotices = 20

// maxNoticeText bounds the key and the value a notice quotes, so that one
// huge part cannot make a huge notice either.
const maxNoticeText = 64

// Notices collects the notices of one query: the first MaxNotices in full,
// then a count. The zero value is empty and ready.
type Notices struct {
	kept []Notice
	more int
}

// Add records a notice on key and value. message is called only when the
// notice is kept, with key and value as the notice holds them (cut short
// past maxNoticeText), so a notice past the cap costs no message.
func (ns *Notices) Add(key, value string, code Code, message func(key, value string) string) {
	if len(ns.kept) >= MaxNotices {
		ns.more++
		return
	}
	key, value = clip(key), clip(value)
	ns.kept = append(ns.kept, Notice{Key: key, Value: value, Code: code, Message: message(key, value)})
}

// Append adds notices another collector made, counting what its
// MoreNotices notice left out, so two lists joined still hold MaxNotices
// in full at most.
func (ns *Notices) Append(list ...Notice) {
	for _, n := range list {
		if n.Code == MoreNotices {
			left, _ := strconv.Atoi(n.Value) // Notices wrote it
			ns.more += left
			continue
		}
		if len(ns.kept) >= MaxNotices {
			ns.more++
			continue
		}
		ns.kept = append(ns.kept, n)
	}
}

// List is the notices kept, in the order they came, then, when some were
// left out, one of code MoreNotices whose Value is how many.
func (ns *Notices) List() []Notice {
	if ns.more == 0 {
		return ns.kept
	}
	return append(ns.kept[:len(ns.kept):len(ns.kept)], Notice{
		Value:   strconv.Itoa(ns.more),
		Code:    MoreNotices,
		Message: fmt.Sprintf("and %d more not listed (only the first %d are)", ns.more, MaxNotices),
	})
}

// JoinNotices is the notices of several lists as one list, capped as one.
func JoinNotices(lists ...[]Notice) []Notice {
	var ns Notices
	for _, l := range lists {
		ns.Append(l...)
	}
	return ns.List()
}

// clip cuts s to maxNoticeText bytes at a character boundary, marking the
// cut with an ellipsis.
func clip(s string) string {
	if len(s) <= maxNoticeText {
		return s
	}
	i := maxNoticeText
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "…"
}
