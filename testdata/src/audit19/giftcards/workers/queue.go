// Package workers runs the background jobs: card issuance, corporate
// voucher funding, payment reconciliation, mail status and catalogue sync.
package workers

import (
	"context"
	"log"

	"audit19/giftcards/domain"
)

// IssueQueue is an in-process queue in front of the card issuer.
type IssueQueue struct {
	ch     chan string
	issuer domain.CardIssuer
}

// NewIssueQueue builds the queue.
func NewIssueQueue(issuer domain.CardIssuer, size int) *IssueQueue {
	return &IssueQueue{ch: make(chan string, size), issuer: issuer}
}

// EnqueueIssue implements domain.IssueQueue.
func (q *IssueQueue) EnqueueIssue(orderID string) { q.ch <- orderID }

// Run drains the queue until ctx ends.
func (q *IssueQueue) Run(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case id := <-q.ch:
			if err := q.issuer.IssueCards(ctx, id); err != nil {
				log.Printf("issue %s: %v", id, err)
			}
		}
	}
}
