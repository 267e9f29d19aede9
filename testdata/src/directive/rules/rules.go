// Package rules holds //paylint:ignore directives seen by paylint's real
// analyzers: the idempotency cases have wants (TestDirectivesWithRules runs
// idempotency), the others are reported by their own analyzer, once each
// (TestDirectivesReportedOnce runs them all).
package rules

import (
	"bytes"
	"errors"
	"net/http"
)

const base = "https://api.tally.example/v1"

// The suppression does its job: silent.
func suppressed(c *http.Client, id string, body []byte) error {
	for i := 0; i < 3; i++ {
		//paylint:ignore idempotency provider dedupes on the order id in the path
		resp, err := c.Post(base+"/orders/"+id+"/pay", "application/json", bytes.NewReader(body))
		if err == nil {
			return resp.Body.Close()
		}
	}
	return errors.New("gave up")
}

// A misspelt name suppresses nothing: the finding stays.
func misspelt(c *http.Client, id string, body []byte) error {
	for i := 0; i < 3; i++ {
		//paylint:ignore idempotence provider dedupes on the order id // want `^//paylint:ignore names no paylint analyzer "idempotence" \(did you mean "idempotency"\?\); it suppresses nothing$`
		resp, err := c.Post(base+"/orders/"+id+"/pay", "application/json", bytes.NewReader(body)) // want `without an idempotency key`
		if err == nil {
			return resp.Body.Close()
		}
	}
	return errors.New("gave up")
}

// A near miss suppresses nothing: the finding stays.
func nearMiss(c *http.Client, id string, body []byte) error {
	for i := 0; i < 3; i++ {
		// paylint:ignore idempotency provider dedupes // want `^// paylint:ignore is not a directive \(no space after //\): write //paylint:ignore <analyzer> <reason>$`
		resp, err := c.Post(base+"/orders/"+id+"/pay", "application/json", bytes.NewReader(body)) // want `without an idempotency key`
		if err == nil {
			return resp.Body.Close()
		}
	}
	return errors.New("gave up")
}

// Stale: the POST is sent once, there is nothing to suppress.
func stale(c *http.Client, id string, body []byte) error {
	//paylint:ignore idempotency sent once // want `^//paylint:ignore idempotency suppresses no finding here: remove it$`
	resp, err := c.Post(base+"/orders/"+id+"/pay", "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Stale for the poll rule, which reports it itself.
func staleForPollbound(c *http.Client, id string) error {
	//paylint:ignore pollbound no loop here
	resp, err := c.Get(base + "/payments/" + id)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Misspelt name nearest a poll rule: reported by it, not by idempotency.
func misspeltPoll(c *http.Client, id string) error {
	//paylint:ignore pollbund no loop here
	resp, err := c.Get(base + "/payments/" + id)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
