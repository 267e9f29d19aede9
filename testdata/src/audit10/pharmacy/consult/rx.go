package consult

import (
	"context"
	"fmt"
	"log"
	"time"

	"audit10/pharmacy/adyenpay"
	"audit10/pharmacy/claims"
	"audit10/pharmacy/domain"
	"audit10/pharmacy/razorpayx"
	"audit10/pharmacy/store"
)

// Pharmacy settles prescription orders: card, UPI, cash on delivery or
// insured with a co-pay.
type Pharmacy struct {
	st       *store.Store
	rz       *razorpayx.Client
	ady      *adyenpay.Client
	sendLink adyenpay.LinkSender
	claims   *claims.Client
	dispatch domain.Dispatcher
}

// NewPharmacy returns a Pharmacy.
func NewPharmacy(st *store.Store, rz *razorpayx.Client, ady *adyenpay.Client, send adyenpay.LinkSender,
	cl *claims.Client, d domain.Dispatcher) *Pharmacy {
	return &Pharmacy{st: st, rz: rz, ady: ady, sendLink: send, claims: cl, dispatch: d}
}

// CollectByLink sends an EU patient a payment link for the order and
// ships it once paid.
func (p *Pharmacy) CollectByLink(ctx context.Context, orderID string) error {
	o, err := p.st.RxOrder(ctx, orderID)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 24*time.Hour)
	defer cancel()
	if _, err := p.ady.PayRxByLink(ctx, o, p.sendLink); err != nil {
		return err
	}
	if err := p.MarkRxPaid(ctx, o.ID); err != nil {
		return err
	}
	return p.Dispatch(ctx, o.ID)
}

// PlaceCOD accepts a cash-on-delivery order: the courier collects.
func (p *Pharmacy) PlaceCOD(ctx context.Context, orderID string) error {
	return p.st.SetRxOrderStatus(ctx, orderID, domain.StatusAwaitCOD)
}

// Dispatch ships an order that is paid or cash on delivery.
func (p *Pharmacy) Dispatch(ctx context.Context, orderID string) error {
	o, err := p.st.RxOrder(ctx, orderID)
	if err != nil {
		return err
	}
	if o.Status != domain.StatusPaid && o.Status != domain.StatusAwaitCOD {
		return fmt.Errorf("rx order %s is %s", o.ID, o.Status)
	}
	if err := p.dispatch.ShipOrder(ctx, o.ID); err != nil {
		return err
	}
	return p.st.SetRxOrderStatus(ctx, o.ID, domain.StatusDispatched)
}

// MarkRxPaid records a paid prescription order.
func (p *Pharmacy) MarkRxPaid(ctx context.Context, orderID string) error {
	return p.st.SetRxOrderStatus(ctx, orderID, domain.StatusPaid)
}

// SettleInsured files the claim, waits for adjudication, charges the
// co-pay and ships. It runs in the claims worker.
func (p *Pharmacy) SettleInsured(ctx context.Context, orderID, memberID, ndc, methodID string) error {
	o, err := p.st.RxOrder(ctx, orderID)
	if err != nil {
		return err
	}
	cl, err := p.claims.SubmitClaim(ctx, claims.Claim{
		RxOrderID: o.ID, MemberID: memberID, NDC: ndc, Quantity: 1, BilledMinor: o.AmountMinor,
	})
	if err != nil {
		return err
	}
	actx, cancel := context.WithTimeout(ctx, 6*time.Hour)
	defer cancel()
	cl, err = p.claims.AwaitAdjudication(actx, cl.ID)
	if err != nil {
		return err
	}
	if cl.Status == claims.ClaimDenied {
		return p.st.SetRxOrderStatus(ctx, o.ID, "claim_denied")
	}
	if cl.CopayMinor > 0 {
		pay, err := p.claims.ChargeCopay(ctx, o, cl, methodID)
		if err != nil {
			return err
		}
		pay, err = p.claims.AwaitCopay(ctx, pay.ID)
		if err != nil {
			return err
		}
		if pay.Status != "succeeded" {
			return p.st.SetRxOrderStatus(ctx, o.ID, domain.StatusFailed)
		}
	}
	if err := p.MarkRxPaid(ctx, o.ID); err != nil {
		return err
	}
	return p.Dispatch(ctx, o.ID)
}

// ReconcileUPI looks once at every UPI order still pending for more than
// ten minutes and records the ones Razorpay captured.
func (p *Pharmacy) ReconcileUPI(ctx context.Context, pending []domain.RxOrder, paymentOf func(string) string) {
	for _, o := range pending {
		pid := paymentOf(o.ID)
		if pid == "" {
			continue
		}
		st, err := p.rz.PaymentStatus(ctx, pid)
		if err != nil {
			log.Printf("reconcile %s: %v", o.ID, err)
			continue
		}
		switch st {
		case razorpayx.StatusCaptured:
			_ = p.MarkRxPaid(ctx, o.ID)
		case razorpayx.StatusFailed:
			_ = p.st.SetRxOrderStatus(ctx, o.ID, domain.StatusFailed)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
