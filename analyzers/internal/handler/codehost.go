package handler

import (
	"strings"

	"github.com/paylint/paylint/analyzers/internal/payment"
)

// ---- a signed webhook of a sender that moves no money ------------------------
//
// A handler reading a signature header is a webhook, and one that reaches
// a payment operation is taken for a payment provider's (PaymentWebhook).
// But a fulfilment known only by its name (ProvisionEnvironment(repo,
// branch, tier): a provisioning verb and a word of goods) is no payment
// when the delivery is signed by a code host, a CI system or a chat
// platform: GitHub's X-Hub-Signature-256 over a push event, GitLab's
// X-Gitlab-Token, Slack's X-Slack-Signature. Such a sender posts no
// payment, so its webhook counts as a payment provider's only by what
// the handler does to payments (a write, a create, a status read, a
// stored paid state) or by an SDK call or a route or name that speaks of
// payments, never by the fulfilment's name alone. Which headers such
// senders sign with is data (nonPaymentSigHeaders).

// nonPaymentSigHeaders are the signature (or shared-token) headers of
// code hosts, CI and collaboration platforms, lower-cased: GitHub (and
// Gitea, Bitbucket Server, Meta's messaging hooks, which share it),
// GitLab, Gitea, Gogs, Slack, LINE, Twilio, Zoom, Sentry, Vercel, Linear.
var nonPaymentSigHeaders = map[string]bool{
	"x-hub-signature": true, "x-hub-signature-256": true, "x-gitlab-token": true, "x-gitea-signature": true,
	"x-gogs-signature": true, "x-slack-signature": true, "x-line-signature": true, "x-twilio-signature": true,
	"x-zm-signature": true, "sentry-hook-signature": true, "x-vercel-signature": true, "linear-signature": true,
}

// nonPaymentSender: h reads a signature header, and every one it reads
// is a non-paying sender's.
func nonPaymentSender(h *Handler) bool {
	seen := false
	for _, r := range h.Headers {
		if !SignatureHeader(r.Name) {
			continue
		}
		if !nonPaymentSigHeaders[strings.ToLower(r.Name)] {
			return false
		}
		seen = true
	}
	return seen
}

// namedFulfilmentsOnly: h is signed by a non-paying sender and the
// payment operations within its body are all fulfilments known by name
// (no write, create, status read or stored paid state among them).
func namedFulfilmentsOnly(h *Handler, ops []*payment.Op) bool {
	if !nonPaymentSender(h) {
		return false
	}
	for _, op := range ops {
		if op.Kind != payment.Fulfillment {
			return false
		}
	}
	return true
}
