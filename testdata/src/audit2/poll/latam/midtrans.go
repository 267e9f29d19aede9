package latam

import (
	"errors"
	"time"

	"github.com/midtrans/midtrans-go"
	"github.com/midtrans/midtrans-go/coreapi"
)

// VA confirms virtual-account bank transfers through Midtrans.
type VA struct {
	core coreapi.Client
}

// NewVA builds the Midtrans client.
func NewVA(cfg Config) *VA {
	var c coreapi.Client
	c.New(cfg.MidtransKey, midtrans.Production)
	return &VA{core: c}
}

// AwaitTransfer checks the VA transfer while the buyer sits on the page.
func (v *VA) AwaitTransfer(orderID string) (string, error) {
	for i := 0; i < vaChecks; i++ {
		st, merr := v.core.CheckTransaction(orderID)
		if merr != nil {
			return "", errors.New(merr.Message)
		}
		switch st.TransactionStatus {
		case "settlement", "cancel", "expire", "failure":
			return st.TransactionStatus, nil
		}
		time.Sleep(checkEvery) // want "\\[pollinterval\\] payment status polled every 750ms"
	}
	return "pending", nil
}

// Reconcile is the nightly job: one status check per order of the day.
func (v *VA) Reconcile(orderIDs []string) map[string]string {
	out := make(map[string]string, len(orderIDs))
	for _, id := range orderIDs {
		st, merr := v.core.CheckTransaction(id)
		if merr == nil {
			out[id] = st.TransactionStatus
		}
		time.Sleep(200 * time.Millisecond) // stay under the API's burst limit
	}
	return out
}
