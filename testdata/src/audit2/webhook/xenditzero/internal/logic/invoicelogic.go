package logic

import (
	"context"

	"audit2/webhook/xenditzero/internal/svc"
)

// InvoiceCallback is Xendit's invoice callback body.
type InvoiceCallback struct {
	ID         string `json:"id"`
	ExternalID string `json:"external_id"`
	Status     string `json:"status"`
	PaidAmount int64  `json:"paid_amount"`
}

type InvoiceLogic struct {
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

func NewInvoiceLogic(ctx context.Context, svcCtx *svc.ServiceContext) *InvoiceLogic {
	return &InvoiceLogic{ctx: ctx, svcCtx: svcCtx}
}

// Paid marks the invoice paid (the same value on every delivery).
func (l *InvoiceLogic) Paid(req *InvoiceCallback) error {
	_, err := l.svcCtx.DB.ExecContext(l.ctx,
		`UPDATE invoices SET status = 'PAID', paid_amount = $1 WHERE external_id = $2`, req.PaidAmount, req.ExternalID)
	return err
}

// Settle books the payment in the ledger.
func (l *InvoiceLogic) Settle(req *InvoiceCallback) error {
	_, err := l.svcCtx.DB.ExecContext(l.ctx,
		`INSERT INTO ledger_entries (external_id, xendit_id, amount) VALUES ($1, $2, $3)`,
		req.ExternalID, req.ID, req.PaidAmount)
	return err
}
