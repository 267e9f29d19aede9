// Package rx is an in-house retry helper: it calls f again after any
// error, with a growing wait and a cap.
package rx

import "time"

// Do retries f up to three times.
func Do(f func() error) error {
	var err error
	wait := time.Second
	for i := 0; i < 3; i++ {
		if err = f(); err == nil {
			return nil
		}
		time.Sleep(wait)
		wait *= 2
	}
	return err
}
