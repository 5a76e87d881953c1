package view

import (
	"bytes"
	"encoding/json"
	"errors"
)

// A stored entry and an import file are read by one rule, so that neither
// accepts what the other refuses: one JSON value, and nothing after it but
// white space. Anything after it means the text is not what the page wrote
// (two files pasted together, an entry edited by hand), while a Decoder
// alone would read the first value and ignore the rest.

// errAfterJSON is the refusal of text that follows the JSON value.
var errAfterJSON = errors.New("something follows its JSON")

// decodeJSON reads b, one JSON value, into v. Its error is a
// *json.UnmarshalTypeError for JSON of the wrong shape, errAfterJSON, or
// another for text that is not JSON.
func decodeJSON(b []byte, v any) error {
	d := json.NewDecoder(bytes.NewReader(b))
	err := d.Decode(v)
	var te *json.UnmarshalTypeError
	if err != nil && !errors.As(err, &te) {
		return err
	}
	// A value of the wrong type is read to its end: what follows it is
	// the first thing wrong.
	if !jsonSpace(b[d.InputOffset():]) {
		return errAfterJSON
	}
	return err
}

// jsonSpace reports whether b is only the white space JSON allows between
// values.
func jsonSpace(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\r' && c != '\n' {
			return false
		}
	}
	return true
}
