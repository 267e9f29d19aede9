// Package idformat: wrappers that read a payment by a numeric id,
// formatted into the path (strconv.FormatInt, strconv.Itoa, fmt.Sprint).
// The parameter formatted is the payment's id as much as a string one.
package idformat

import (
	"context"
	"fmt"
	"net/http"
	"strconv"
)

type Ledger struct {
	HC   *http.Client
	Base string
}

func (l *Ledger) get(ctx context.Context, path string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, l.Base+path, nil)
	if err != nil {
		return nil, err
	}
	return l.HC.Do(req)
}

// --- the id is the parameter ---

func (l *Ledger) PaymentByNumber(ctx context.Context, n int64) (*http.Response, error) { // want `wrapper Ledger.PaymentByNumber read GET /payments/\{\} idparam=1$`
	return l.get(ctx, "/payments/"+strconv.FormatInt(n, 10)) // want `op read GET /payments/\{\} id=strconv.FormatInt\(n, 10\) via=get`
}

func (l *Ledger) RefundBySeq(ctx context.Context, seq int) (*http.Response, error) { // want `wrapper Ledger.RefundBySeq read GET /refunds/\{\} idparam=1$`
	return l.get(ctx, "/refunds/"+strconv.Itoa(seq)) // want `op read GET /refunds/\{\} id=strconv.Itoa\(seq\) via=get`
}

func (l *Ledger) PayoutByRef(ctx context.Context, ref uint64) (*http.Response, error) { // want `wrapper Ledger.PayoutByRef read GET /payouts/\{\} idparam=1$`
	return l.get(ctx, "/payouts/"+fmt.Sprint(ref)) // want `op read GET /payouts/\{\} id=ref via=get`
}

// --- the id is made from the parameter, not the parameter ---

func (l *Ledger) NextPayment(ctx context.Context, n int64) (*http.Response, error) { // want `wrapper Ledger.NextPayment read GET /payments/\{\}$`
	return l.get(ctx, "/payments/"+strconv.FormatInt(n+1, 10)) // want `op read GET /payments/\{\} id=strconv.FormatInt\(n \+ 1, 10\) via=get`
}

func (l *Ledger) PaymentOfBatch(ctx context.Context, batch int) (*http.Response, error) { // want `wrapper Ledger.PaymentOfBatch read GET /payments/\{\}$`
	return l.get(ctx, "/payments/"+strconv.Itoa(len(l.Base)+batch)) // want `op read GET /payments/\{\} id=strconv.Itoa\(len\(l.Base\) \+ batch\) via=get`
}

// --- callers ---

func Use(ctx context.Context, l *Ledger, num int64) { // want `wrapper Use read GET /payments/\{\} idparam=2$`
	l.PaymentByNumber(ctx, num)     // want `op read idformat.Ledger.PaymentByNumber \(GET /payments/\{\}\) id=num via=PaymentByNumber`
	l.RefundBySeq(ctx, 7)           // want `op read idformat.Ledger.RefundBySeq \(GET /refunds/\{\}\) id=7 via=RefundBySeq`
	l.PayoutByRef(ctx, uint64(num)) // want `op read idformat.Ledger.PayoutByRef \(GET /payouts/\{\}\) id=uint64\(num\) via=PayoutByRef`
	l.NextPayment(ctx, num)         // want `op read idformat.Ledger.NextPayment \(GET /payments/\{\}\) via=NextPayment$`
	l.PaymentOfBatch(ctx, 9)        // want `op read idformat.Ledger.PaymentOfBatch \(GET /payments/\{\}\) via=PaymentOfBatch$`
}
