// Package again is a studio's in-house retry helper: it calls its
// callback until it succeeds, retrying every error but those wrapped by
// Halt, with a fixed pause between attempts.
package again

import (
	"errors"
	"time"
)

type halted struct{ cause error }

func (h *halted) Error() string { return "halted: " + h.cause.Error() }
func (h *halted) Unwrap() error { return h.cause }

// Halt wraps err so that Until gives up at once.
func Halt(err error) error { return &halted{cause: err} }

// Until calls op up to tries times, pausing between failed attempts.
func Until(tries int, pause time.Duration, op func() error) error {
	var err error
	for n := 0; n < tries; n++ {
		if err = op(); err == nil {
			return nil
		}
		var h *halted
		if errors.As(err, &h) {
			return h.cause
		}
		time.Sleep(pause)
	}
	return err
}
