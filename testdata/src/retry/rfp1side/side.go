// Package rfp1side: which func parameter of a function that loops is
// the operation its loop repeats. A parameter called only once the
// function's own request failed, and handed nothing that request
// returned, is a reader on the side: no helper, no builder.
package rfp1side

import (
	"context"
	"errors"
	"net/http"
	"time"
)

var errDiffer = errors.New("totals differ")

// reconcile: posts its own request again; total is read only after an
// error answer, to compare: neither a helper nor a builder.
func reconcile(ctx context.Context, hc *http.Client, url string, total func() (int, error)) error {
	for i := 0; i < 3; i++ {
		res, err := hc.Post(url, "application/json", nil)
		if err == nil && res.StatusCode != http.StatusAccepted {
			n, terr := total()
			if terr != nil {
				err = terr
			} else if n > 0 {
				err = differ(n)
			}
		}
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errDiffer
}

func differ(n int) error { return errDiffer }

// elseBranch: the reader sits in the else of a success test.
func elseBranch(ctx context.Context, hc *http.Client, url string, total func(context.Context) (int, error)) error {
	var err error
	for i := 0; i < 3; i++ {
		var res *http.Response
		res, err = hc.Post(url, "application/json", nil)
		if err == nil && res.StatusCode < 300 {
			return nil
		} else if err == nil {
			var n int
			if n, err = total(ctx); err == nil && n > 0 {
				return nil
			}
		}
		time.Sleep(time.Second)
	}
	return err
}

// op: the callback is what the loop repeats.
func op(ctx context.Context, do func() error) error { // want `helper .*repeats param 1 by for loop`
	var err error
	for i := 0; i < 3; i++ {
		if err = do(); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// build: the request is built anew at the top of every attempt.
func build(hc *http.Client, mk func() (*http.Request, error)) (*http.Response, error) { // want `helper .*repeats param 1` `rebuilds 1`
	for i := 0; i < 3; i++ {
		req, err := mk()
		if err != nil {
			return nil, err
		}
		res, err := hc.Do(req)
		if err == nil && res.StatusCode < 500 {
			return res, nil
		}
		time.Sleep(time.Second)
	}
	return nil, errDiffer
}

// judge: the callback is handed the error answer to judge it: it
// decides whether the attempt failed, it does not read on the side.
func judge(hc *http.Client, url string, check func(*http.Response) error) error { // want `helper .*repeats param 2`
	for i := 0; i < 3; i++ {
		res, err := hc.Post(url, "application/json", nil)
		if err == nil && res.StatusCode >= 300 {
			err = check(res)
		}
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errDiffer
}
