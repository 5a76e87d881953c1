package view

import (
	"bytes"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
)

// A stored entry and an import file are read by one rule, so that neither
// accepts what the other refuses: one JSON value, and nothing after it but
// white space. Anything after it means the text is not what the page wrote
// (two files pasted together, an entry edited by hand), while a Decoder
// alone would read the first value and ignore the rest.

// errAfterJSON is the refusal of text that follows the JSON value.
var errAfterJSON = errors.New("something follows its JSON")

// decodeJSON reads b, one JSON value, into v. Its error is a
// *json.UnmarshalTypeError for JSON of the wrong shape (wrongType says
// what is wrong), errAfterJSON, or another for text that is not JSON.
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

// wrongType says, of JSON decodeJSON refused for a value of the wrong type,
// which value that is (its key, or the path of keys to it; "" for the whole)
// and what it is in place of what: "a number, where text is expected".
func wrongType(err error) (field, what string, ok bool) {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return "", "", false
	}
	return te.Field, jsonWords(te.Value) + ", where " + typeWords(te.Type) + " is expected", true
}

// its names the value wrongType found in a thing called "it".
func its(field string) string {
	if field == "" {
		return "it"
	}
	return "its " + strconv.Quote(field)
}

// jsonWords names a JSON value as UnmarshalTypeError describes it.
func jsonWords(value string) string {
	if n, ok := strings.CutPrefix(value, "number "); ok {
		return "the number " + n
	}
	switch value {
	case "number":
		return "a number"
	case "string":
		return "text"
	case "bool":
		return "true or false"
	case "array":
		return "a list"
	case "object":
		return "an object"
	}
	return value
}

// typeWords names the JSON a Go type reads.
func typeWords(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "a whole number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice, reflect.Array:
		return "a list"
	case reflect.Struct, reflect.Map:
		return "an object"
	}
	return t.String()
}
