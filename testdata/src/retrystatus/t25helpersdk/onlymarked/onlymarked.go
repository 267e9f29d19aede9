// Package onlymarked retries only the errors its callback marks as
// transient: every other error stops it.
package onlymarked

import (
	"errors"
	"time"
)

type transient struct{ err error }

func (t transient) Error() string { return t.err.Error() }

// Transient marks err as worth another attempt.
func Transient(err error) error { return transient{err} }

// Run calls op until it succeeds, fails without the mark or tries run out.
func Run(tries int, op func() error) error {
	var err error
	for n := 0; n < tries; n++ {
		if err = op(); err == nil {
			return nil
		}
		var t transient
		if !errors.As(err, &t) {
			return err
		}
		time.Sleep(time.Second)
	}
	return err
}
