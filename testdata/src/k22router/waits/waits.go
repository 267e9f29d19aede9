// Package waits holds the app's own helpers for reading a row that
// another request may not have written yet.
package waits

import "time"

// Until calls fetch until it answers, pausing for each of pauses after a
// miss: the caller is held up for their sum when the row never appears.
func Until[T any](fetch func() (*T, error), pauses ...time.Duration) (*T, error) {
	var err error
	for _, p := range pauses {
		var v *T
		if v, err = fetch(); err == nil {
			return v, nil
		}
		time.Sleep(p)
	}
	return nil, err
}

// Tries calls fetch up to n times, back to back.
func Tries[T any](n int, fetch func() (*T, error)) (*T, error) {
	var err error
	for i := 0; i < n; i++ {
		var v *T
		if v, err = fetch(); err == nil {
			return v, nil
		}
	}
	return nil, err
}
