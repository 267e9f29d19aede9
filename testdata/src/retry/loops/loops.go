// Package loops tests the retry model on hand-written loops: send is the
// operation asked about.
package loops

import (
	"errors"
	"time"
)

type Order struct{ ID string }

type Response struct{ StatusCode int }

func send(o Order) (*Response, error) { return nil, nil }

func sendErr(o Order) error { return nil }

// --- retries ---

func counterLoop(o Order) error {
	var err error
	for i := 0; i < 3; i++ {
		_, err = send(o) // want `send: a for loop \(line 22\)`
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

func rangeInt(o Order) error {
	for attempt := range 3 {
		_ = attempt
		if err := sendErr(o); err == nil { // want `send: a for loop \(line 33\)`
			return nil
		}
	}
	return errors.New("gave up")
}

func foreverContinue(o Order) *Response {
	for {
		resp, err := send(o) // want `send: a for loop \(line 43\)`
		if err != nil {
			time.Sleep(time.Second)
			continue
		}
		return resp
	}
}

func statusRetry(o Order) (*Response, error) {
	for attempt := 1; attempt <= 5; attempt++ {
		resp, err := send(o) // want `send: a for loop \(line 54\)`
		if err != nil {
			return nil, err
		}
		if resp.StatusCode < 500 {
			return resp, nil
		}
	}
	return nil, errors.New("5xx")
}

func whileErr(o Order) error {
	err := sendErr(o)
	for err != nil {
		time.Sleep(time.Second)
		err = sendErr(o) // want `send: a for loop \(line 68\)`
	}
	return nil
}

func flagLoop(o Order) {
	done := false
	for tries := 0; !done && tries < 3; tries++ {
		_, err := send(o) // want `send: a for loop \(line 77\)`
		done = err == nil
	}
}

func switchOnStatus(o Order) error {
	for i := 0; i < 3; i++ {
		resp, err := send(o) // want `send: a for loop \(line 84\)`
		if err != nil {
			continue
		}
		switch resp.StatusCode {
		case 200:
			return nil
		case 503:
			time.Sleep(time.Second)
		}
	}
	return nil
}

func closureInLoop(o Order) error {
	for i := 0; i < 3; i++ {
		err := func() error {
			_, err := send(o) // want `send: a for loop \(line 100\)`
			return err
		}()
		if err == nil {
			return nil
		}
	}
	return nil
}

func closureVar(o Order) error {
	attempt := func() error {
		_, err := send(o) // want `send: a for loop \(line 118\)`
		return err
	}
	var err error
	for i := 0; i < 3; i++ {
		if err = attempt(); err == nil {
			break
		}
	}
	return err
}

func delays(o Order) error {
	for _, d := range []time.Duration{time.Second, 2 * time.Second} {
		if err := sendErr(o); err == nil { // want `send: a for loop \(line 127\)`
			return nil
		}
		time.Sleep(d)
	}
	return nil
}

func labelled(o Order) {
outer:
	for i := 0; i < 3; i++ {
		_, err := send(o) // want `send: a for loop \(line 138\)`
		switch {
		case err == nil:
			break outer
		}
	}
}

// Generic retry helper of the same package.
func retryN[T any](n int, f func() (T, error)) (T, error) {
	var v T
	var err error
	for i := 0; i < n; i++ {
		if v, err = f(); err == nil {
			return v, nil
		}
	}
	return v, err
}

func viaHelper(o Order) (*Response, error) {
	return retryN(3, func() (*Response, error) {
		return send(o) // want `send: retryN \(line 160\)`
	})
}

// --- not retries ---

func eachOrder(orders []Order) error {
	for _, o := range orders {
		if _, err := send(o); err != nil {
			continue
		}
	}
	return nil
}

func eachIndex(orders []Order) {
	for i := 0; i < 3; i++ {
		if _, err := send(orders[i]); err != nil {
			continue
		}
	}
}

func lenLoop(orders []Order) {
	for i := 0; i < len(orders); i++ {
		o := orders[i]
		if _, err := send(o); err != nil {
			continue
		}
	}
}

func worker(ch <-chan Order) {
	for {
		o := <-ch
		if _, err := send(o); err != nil {
			continue
		}
	}
}

type queue struct{}

func (queue) Receive() (Order, error) { return Order{}, nil }

func consumer(q queue) {
	for {
		msg, err := q.Receive()
		if err != nil {
			continue
		}
		if _, err := send(msg); err != nil {
			continue
		}
	}
}

func batch(o Order) error {
	for i := 0; i < 3; i++ {
		_, err := send(o) // error leaves, success goes round: a batch, not a retry
		if err != nil {
			return err
		}
	}
	return nil
}

func once(o Order) error {
	for {
		_, err := send(o) // the body always leaves
		return err
	}
}

func ignored(o Order) {
	for i := 0; i < 3; i++ {
		send(o) // the outcome decides nothing
		time.Sleep(time.Second)
	}
}

func goroutines(o Order) {
	for i := 0; i < 3; i++ {
		go func() {
			if _, err := send(o); err == nil {
				return
			}
		}()
	}
}

func innerOnly(orders []Order) {
	for _, o := range orders {
		for i := 0; i < 3; i++ { // retries o; the outer loop does not
			if _, err := send(o); err == nil { // want `send: a for loop \(line 254\)$`
				break
			}
		}
	}
}

type rows struct{}

func (rows) Next() bool { return false }

func iter(r rows, o Order) {
	for r.Next() {
		if _, err := send(o); err != nil {
			continue
		}
	}
}

func selectWait(done <-chan struct{}, o Order) error {
	for {
		if _, err := send(o); err == nil { // want `send: a for loop \(line 275\)`
			return nil
		}
		select {
		case <-done:
			return errors.New("cancelled")
		case <-time.After(time.Second):
		}
	}
}

func selectWorker(jobs <-chan Order, done <-chan struct{}) {
	for {
		select {
		case o := <-jobs:
			if _, err := send(o); err != nil {
				continue
			}
		case <-done:
			return
		}
	}
}

// A periodic job: success goes round too, only cancellation leaves.
func periodic(done <-chan struct{}, o Order) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-done:
			return
		case <-t.C:
		}
		if _, err := send(o); err != nil {
			continue
		}
	}
}

// Do it n times: success goes round too.
func nTimes(o Order, n int) {
	for i := 0; i < n; i++ {
		if err := sendErr(o); err != nil {
			continue
		}
	}
}

// Exhaustion exit only: the loop leaves when attempts run out, never on
// the call's success.
func exhaustion(o Order) {
	for i := 0; ; i++ {
		if _, err := send(o); err != nil {
			if i == 3 {
				return
			}
			continue
		}
	}
}

// Loop-carried items: a cursor stepping through a list.
type node struct {
	o    Order
	next *node
}

func walkList(n *node) {
	for n != nil {
		if _, err := send(n.o); err == nil {
			return
		}
		n = n.next
	}
}

// An attempt counter kept outside the loop is still an attempt counter.
func outerCounter(o Order) error {
	attempt := 0
	for {
		attempt++
		if _, err := send(o); err == nil { // want `send: a for loop \(line 356\)`
			return nil
		}
		if attempt == 3 {
			return errors.New("gave up")
		}
	}
}
