// Package billing computes a payment path and reads nothing: nothing to
// report. (It imports no network package, which keeps the tests fast.)
package billing

import (
	"errors"
	"strings"
	"time"
)

// PollMin is the wait between status reads.
const PollMin = 3 * time.Second

// ErrNoID is returned for an empty payment id.
var ErrNoID = errors.New("billing: empty payment id")

// StatusPath returns the path of one payment's status resource.
func StatusPath(id string) (string, error) {
	if strings.TrimSpace(id) == "" {
		return "", ErrNoID
	}
	return "/v1/payments/" + id, nil
}
