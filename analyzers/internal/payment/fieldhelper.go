package payment

import (
	"fmt"
	"strings"
)

// FieldHelperFact summarises a retry or poll helper whose callback is not
// a parameter but a func-typed field of its receiver (or of a struct
// parameter): a method that calls p.Fetch(ctx) again and again until
// p.Done(v) says the value is final, sleeping p.Every in between,
//
//	type Poller[T any] struct {
//		Every time.Duration
//		Fetch func(ctx context.Context) (T, error)
//		Done  func(T) bool
//	}
//	func (p Poller[T]) Until(ctx context.Context) T { for { … p.Fetch(ctx) … p.Done(v) … time.Sleep(p.Every) } }
//
// repeats whatever its caller stores in Fetch: the caller that builds the
// value (platform.Poller[…]{Fetch: func(ctx) {… read …}, Done: settled})
// and calls Until polls the read with the helper's wait and bound. The
// embedded HelperFact holds the wait, bound and stop shape as for a
// parameter callback; its Param is -1 (no argument is the callback).
type FieldHelperFact struct {
	HelperFact
	// Holder is whose field the callback is: -1 the receiver, else the
	// index of the struct (or pointer to struct) parameter.
	Holder int
	// Field is the func-typed field called repeatedly.
	Field string
	// DoneField, when set, is a func-typed field of the holder returning
	// a bool, tested in the loop on what the callback returned: the
	// helper stops when it answers true (the caller's done predicate).
	DoneField string
	// WaitField, when set, is the duration field of the holder the helper
	// waits between calls (Wait is then WaitUnknown: the caller's value
	// decides).
	WaitField string
}

// AFact marks FieldHelperFact as an analysis fact.
func (*FieldHelperFact) AFact() {}

func (f *FieldHelperFact) String() string {
	holder := "receiver"
	if f.Holder >= 0 {
		holder = fmt.Sprintf("param %d", f.Holder)
	}
	parts := []string{fmt.Sprintf("field helper: repeats %s field %s", holder, f.Field)}
	if f.DoneField != "" {
		parts = append(parts, "until field "+f.DoneField+" is true")
	}
	if f.WaitField != "" {
		parts = append(parts, "waits field "+f.WaitField)
	}
	inner := f.HelperFact.String()
	inner = strings.TrimPrefix(inner, fmt.Sprintf("helper: repeats param %d by ", f.Param))
	return strings.Join(parts, "; ") + "; by " + inner
}
