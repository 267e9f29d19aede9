// Package retrykit holds retry helpers that tell a failed attempt's
// statuses apart through the *payoutapi.StatusError it failed with.
package retrykit

import (
	"context"
	"errors"
	"time"

	"typedstatusretry/payoutapi"
)

// UntilPermanent stops on an answer that will not change (errors.As and
// the carried code): only 408, 429 and 5xx go round.
func UntilPermanent(ctx context.Context, attempts int, fn func(context.Context) error) error {
	var err error
	wait := time.Second
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var se *payoutapi.StatusError
		if errors.As(err, &se) && !payoutapi.Transient(se.Code) {
			return err
		}
		time.Sleep(wait)
		wait *= 2
	}
	return err
}

// BySwitch reads the carried code in a type switch over the error.
func BySwitch(ctx context.Context, attempts int, fn func(context.Context) error) error {
	var err error
	for i := 0; i < attempts; i++ {
		err = fn(ctx)
		switch e := err.(type) {
		case nil:
			return nil
		case *payoutapi.StatusError:
			if e.Code < 500 && e.Code != 429 {
				return err
			}
		}
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return err
}

// ByAssertion takes the carrier out with a type assertion.
func ByAssertion(ctx context.Context, attempts int, fn func(context.Context) error) error {
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		if se, ok := err.(*payoutapi.StatusError); ok && se.Code >= 400 && se.Code < 500 && se.Code != 429 {
			return err
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// AnswersOnly stops on a transport failure and sends every answer of the
// API round again, refusals included: it only checks that the error is a
// *StatusError, never its code.
func AnswersOnly(ctx context.Context, attempts int, fn func(context.Context) error) error {
	var err error
	for i := 0; i < attempts; i++ {
		if err = fn(ctx); err == nil {
			return nil
		}
		var se *payoutapi.StatusError
		if !errors.As(err, &se) {
			return err
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// EveryAnswerSwitch goes round on any *StatusError in a type switch.
func EveryAnswerSwitch(ctx context.Context, attempts int, fn func(context.Context) error) error {
	var err error
	for i := 0; i < attempts; i++ {
		err = fn(ctx)
		switch err.(type) {
		case nil:
			return nil
		case *payoutapi.StatusError:
			time.Sleep(2 * time.Second) // the API answered: try again
		default:
			return err
		}
	}
	return err
}

// StatusAware runs a callback that answers with a status as well as an
// error; a *StatusError whose code will not change stops it, as does a
// refused status answered without an error.
func StatusAware(ctx context.Context, attempts int, fn func(context.Context) (int, error)) error {
	var err error
	wait := time.Second
	for i := 0; i < attempts; i++ {
		var code int
		code, err = fn(ctx)
		if err == nil && code < 300 {
			return nil
		}
		var se *payoutapi.StatusError
		if errors.As(err, &se) && !payoutapi.Transient(se.Code) {
			return err
		}
		if err == nil && !payoutapi.Transient(code) {
			return &payoutapi.StatusError{Code: code}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
	return err
}
