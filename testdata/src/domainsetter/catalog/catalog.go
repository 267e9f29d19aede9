// Package catalog is an e-book shop's domain: orders change state by
// their own methods, and the service saves them through a repository
// interface whose implementation lives elsewhere (package store).
package catalog

import "context"

// PurchaseStatus is an order's payment state.
type PurchaseStatus string

const (
	Awaiting PurchaseStatus = "PENDING"
	Settled  PurchaseStatus = "PAID"
	Voided   PurchaseStatus = "CANCELLED"
)

// Purchase is an order of e-books.
type Purchase struct {
	ID     string
	Status PurchaseStatus
	Note   string
}

// Settle marks the purchase paid: its books can be downloaded.
func (p *Purchase) Settle() { p.Status = Settled }

// Annotate sets a note only.
func (p *Purchase) Annotate(s string) { p.Note = s }

// Restate sets whatever status it is handed.
func (p *Purchase) Restate(s PurchaseStatus) { p.Status = s }

// Preview changes a copy: the stored purchase is untouched.
func (p Purchase) Preview() Purchase { p.Status = Settled; return p }

// Purchases stores purchases.
type Purchases interface {
	ByID(ctx context.Context, id string) (Purchase, error)
	Update(ctx context.Context, p *Purchase) error
}

// Shop is the use case.
type Shop struct{ Purchases Purchases }

// SettlePurchase marks the purchase paid and saves it.
func (s *Shop) SettlePurchase(ctx context.Context, id string) error {
	p, err := s.Purchases.ByID(ctx, id)
	if err != nil {
		return err
	}
	p.Settle()
	return s.Purchases.Update(ctx, &p)
}

// AnnotatePurchase saves a note on the purchase.
func (s *Shop) AnnotatePurchase(ctx context.Context, id, note string) error {
	p, err := s.Purchases.ByID(ctx, id)
	if err != nil {
		return err
	}
	p.Annotate(note)
	return s.Purchases.Update(ctx, &p)
}

// RestatePurchase saves the status it is handed (decided by its caller).
func (s *Shop) RestatePurchase(ctx context.Context, id string, st PurchaseStatus) error {
	p, err := s.Purchases.ByID(ctx, id)
	if err != nil {
		return err
	}
	p.Restate(st)
	return s.Purchases.Update(ctx, &p)
}

// PreviewPurchase saves the purchase as it was read; the settled copy is
// only shown.
func (s *Shop) PreviewPurchase(ctx context.Context, id string) (Purchase, error) {
	p, err := s.Purchases.ByID(ctx, id)
	if err != nil {
		return Purchase{}, err
	}
	shown := p.Preview()
	return shown, s.Purchases.Update(ctx, &p)
}
