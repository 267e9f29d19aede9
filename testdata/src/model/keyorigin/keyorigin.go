// Package keyorigin exercises payment.KeyOf: where a write's idempotency
// key comes from, seen from the loop around it (its body is the repeated
// region, its init variables the attempt counters), with a look-alike
// next to each kind.
package keyorigin

import (
	"fmt"

	"github.com/google/uuid"
	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
)

const fixedKey = "nightly-settlement"

// Midtrans dedupes a charge by its order id: the order id is the key.
func send(key string) {
	coreapi.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: key}}) // want `origin fromparam$`
}

// ---- none --------------------------------------------------------------

func noKey() {
	for i := 0; i < 3; i++ {
		coreapi.ChargeTransaction(&coreapi.ChargeReq{}) // want `origin none$`
	}
}

// ---- per attempt, and made once ----------------------------------------

func perAttempt() {
	for i := 0; i < 3; i++ {
		key := uuid.NewString()
		coreapi.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: key}}) // want `origin perattempt at uuid.NewString\(\)$`
	}
}

// Look-alike: the same uuid made before the loop.
func madeBefore() {
	key := uuid.NewString()
	for i := 0; i < 3; i++ {
		coreapi.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: key}}) // want `origin madeonce$`
	}
}

// Made inside the loop, but only while the key is still empty.
func madeWhileEmpty() {
	var key string
	for i := 0; i < 3; i++ {
		if key == "" {
			key = uuid.NewString()
		}
		coreapi.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: key}}) // want `origin madeonce$`
	}
}

// The same with len(key) == 0.
func madeWhileLenZero() {
	var key string
	for i := 0; i < 3; i++ {
		if len(key) == 0 {
			key = uuid.NewString()
		}
		coreapi.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: key}}) // want `origin madeonce$`
	}
}

// Look-alike: the key is emptied again for the next attempt.
func emptiedAgain() {
	var key string
	for i := 0; i < 3; i++ {
		if key == "" {
			key = uuid.NewString()
		}
		coreapi.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: key}}) // want `origin perattempt at uuid.NewString\(\)$`
		key = ""
	}
}

// Look-alike: the empty test is on another variable.
func otherEmptyTest(note string) {
	var key string
	for i := 0; i < 3; i++ {
		if note == "" {
			key = uuid.NewString()
		}
		coreapi.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: key}}) // want `origin perattempt at uuid.NewString\(\)$`
	}
}

// ---- per call ----------------------------------------------------------

func sendFresh() {
	coreapi.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: uuid.NewString()}}) // want `origin madeonce$`
}

func perCall() {
	for i := 0; i < 3; i++ {
		sendFresh() // want `origin percall$`
	}
}

// ---- the attempt counter -----------------------------------------------

func fromCounter(orderID string) {
	for attempt := 0; attempt < 3; attempt++ {
		key := fmt.Sprintf("%s-%d", orderID, attempt)
		send(key) // want `origin fromcounter attempt$`
	}
}

func fromCounterInline(orderID string) {
	for attempt := 0; attempt < 3; attempt++ {
		send(orderID + fmt.Sprint(attempt)) // want `origin fromcounter attempt$`
	}
}

// Look-alike: the counter is in the loop, not in the key.
func counterNotInKey(orderID string) {
	for attempt := 0; attempt < 3; attempt++ {
		key := "pay-" + orderID
		send(key) // want `origin fromparam$`
		fmt.Println(attempt)
	}
}

// ---- constant, derived, hidden -----------------------------------------

func constant() {
	for i := 0; i < 3; i++ {
		send(fixedKey) // want `origin constant$`
	}
}

type order struct{ ID string }

func load() []order { return nil }

func derived() {
	for _, o := range load() {
		send("pay-" + o.ID) // want `origin derived$`
	}
}

func sendFixed() {
	coreapi.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: "fixed-" + fixedKey}}) // want `origin constant$`
}

func hidden() {
	for i := 0; i < 3; i++ {
		sendFixed() // want `origin hidden$`
	}
}

// ---- client-wide keys -------------------------------------------------
//
// The charge itself is keyed by its order id (derived from the row, or
// the parameter); the client-wide key is the model's second answer.

func sharedKey(orders []order) {
	var c coreapi.Client
	c.New("server-key", midtrans.Sandbox)
	c.Options.SetPaymentIdempotencyKey(uuid.NewString())
	for _, o := range orders {
		c.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: o.ID}}) // want `origin derived$` `shared client key set at line 164, loop at line 165$`
	}
}

// Look-alike: a key set for each charge.
func keyPerCharge(orders []order) {
	var c coreapi.Client
	c.New("server-key", midtrans.Sandbox)
	for _, o := range orders {
		c.Options.SetPaymentIdempotencyKey("charge-" + o.ID)
		c.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: o.ID}}) // want `origin derived$`
	}
}

// Look-alike: every pass charges the same order (a retry, one key is right).
func sameOrder(o order) {
	var c coreapi.Client
	c.New("server-key", midtrans.Sandbox)
	c.Options.SetPaymentIdempotencyKey("charge-" + o.ID)
	for i := 0; i < 3; i++ {
		c.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: o.ID}}) // want `origin fromparam$`
	}
}
