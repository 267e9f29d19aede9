// Package worker runs creatorsd's background work: machinery tasks
// (refunds, PayPal captures), the monthly payout runner and the daily
// FX snapshot for earnings statements.
package worker

import (
	"context"
	"fmt"

	"github.com/RichardKnop/machinery/v1"
	"github.com/RichardKnop/machinery/v1/tasks"
)

const (
	taskRefund  = "downloads.refund"
	taskCapture = "paypal.capture"
	taskReceipt = "downloads.receipt"
)

// Queue enqueues tasks.
type Queue struct {
	server *machinery.Server
}

// NewQueue builds a Queue.
func NewQueue(server *machinery.Server) *Queue { return &Queue{server: server} }

// RefundDownload asks the worker to refund (part of) a purchase.
func (q *Queue) RefundDownload(ctx context.Context, purchaseID string, amountCents int64, reason string) error {
	sig := &tasks.Signature{
		Name: taskRefund,
		Args: []tasks.Arg{
			{Type: "string", Value: purchaseID},
			{Type: "int64", Value: amountCents},
			{Type: "string", Value: reason},
		},
		RetryCount:   3,
		RetryTimeout: 60,
	}
	if _, err := q.server.SendTaskWithContext(ctx, sig); err != nil {
		return fmt.Errorf("enqueue refund %s: %w", purchaseID, err)
	}
	return nil
}

// CapturePayPal asks the worker to capture an approved PayPal order.
func (q *Queue) CapturePayPal(ctx context.Context, orderID, purchaseID string) error {
	sig := &tasks.Signature{
		Name: taskCapture,
		Args: []tasks.Arg{
			{Type: "string", Value: orderID},
			{Type: "string", Value: purchaseID},
		},
		RetryCount:   5,
		RetryTimeout: 30,
	}
	_, err := q.server.SendTaskWithContext(ctx, sig)
	return err
}

// SendReceipt asks the worker to mail the fan their download link.
func (q *Queue) SendReceipt(ctx context.Context, purchaseID string) error {
	sig := &tasks.Signature{
		Name:       taskReceipt,
		Args:       []tasks.Arg{{Type: "string", Value: purchaseID}},
		RetryCount: 3,
	}
	_, err := q.server.SendTaskWithContext(ctx, sig)
	return err
}
