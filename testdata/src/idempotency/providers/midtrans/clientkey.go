package midtrans

import (
	"github.com/google/uuid"
	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
)

// A client-wide key (c.Options.SetPaymentIdempotencyKey) is sent with
// every later call of the client.

type order struct {
	ID     string
	Amount int64
}

// One key for every order of the batch.
func chargeBatch(orders []order) {
	var c coreapi.Client
	c.New("server-key", midtrans.Sandbox)
	c.Options.SetPaymentIdempotencyKey(uuid.NewString())
	for _, o := range orders {
		req := &coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: o.ID, GrossAmt: o.Amount}}
		c.ChargeTransaction(req) // want `midtrans Client.ChargeTransaction charges a different item on each pass of the loop \(line 22\) with the client-wide idempotency key set once \(line 21\): midtrans-go sends that key with every later call of the client`
	}
}

// The same through a pointer and an index loop.
func chargeEach(c *coreapi.Client, key string, orders []order) {
	c.Options.SetPaymentIdempotencyKey(key)
	for i := 0; i < len(orders); i++ {
		c.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: orders[i].ID}}) // want `charges a different item on each pass of the loop \(line 31\) with the client-wide idempotency key set once \(line 30\)`
	}
}

// --- silent ---

// A fresh client per order, with its own key.
func freshClientPerOrder(orders []order) {
	for _, o := range orders {
		var c coreapi.Client
		c.New("server-key", midtrans.Sandbox)
		c.Options.SetPaymentIdempotencyKey("charge-" + o.ID)
		c.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: o.ID, GrossAmt: o.Amount}})
	}
}

// One client, a key set for each order right before its charge.
func keyPerOrder(c coreapi.Client, orders []order) {
	c.Options.SetPaymentIdempotencyKey("batch")
	for _, o := range orders {
		c.Options.SetPaymentIdempotencyKey("charge-" + o.ID)
		c.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: o.ID, GrossAmt: o.Amount}})
	}
}

// A retry of one charge: the one key is what makes it safe.
func retryOneCharge(c coreapi.Client, o order) error {
	c.Options.SetPaymentIdempotencyKey("charge-" + o.ID)
	req := &coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: o.ID, GrossAmt: o.Amount}}
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		if _, merr := c.ChargeTransaction(req); merr == nil {
			return nil
		}
	}
	return err
}

// A single charge after the key is set.
func chargeOnce(c coreapi.Client, o order) {
	c.Options.SetPaymentIdempotencyKey("charge-" + o.ID)
	c.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: o.ID}})
}

// The key is set on another client than the one charging.
func otherClient(keyed, plain coreapi.Client, orders []order) {
	keyed.Options.SetPaymentIdempotencyKey("batch")
	for _, o := range orders {
		plain.ChargeTransaction(&coreapi.ChargeReq{TransactionDetails: midtrans.TransactionDetails{OrderID: o.ID}})
	}
}

// Reads in the loop are not charges.
func checkEach(c coreapi.Client, orders []order) {
	c.Options.SetPaymentIdempotencyKey("batch")
	for _, o := range orders {
		c.CheckTransaction(o.ID)
	}
}
