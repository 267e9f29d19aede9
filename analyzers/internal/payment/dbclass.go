package payment

import (
	"slices"
	"strings"
)

// What a database write means, by table, column and value.

// tableKind sorts tables (and GORM model types) by what their rows are.
type tableKind int

const (
	tableOther   tableKind = iota
	tablePayment           // orders, payments, invoices, subscriptions…: a paid state lives here
	tableGrant             // users, accounts, wallets…: entitlements live here
)

// paymentTables: a row whose status says whether it is paid (singular).
var paymentTables = map[string]bool{
	"order": true, "payment": true, "invoice": true, "charge": true, "transaction": true,
	"purchase": true, "checkout": true, "subscription": true, "membership": true,
	"booking": true, "reservation": true, "enrollment": true, "enrolment": true, "cart": true,
	// giving: a donation, a pledge, a (recurring) gift, a contribution
	"donation": true, "pledge": true, "gift": true, "contribution": true,
	// a gift card bought (joinGiftCard)
	"giftcard": true,
}

// notPaidTables are rows that describe or publish something, not a paid
// thing, even next to a payment word: a tax declaration (gift_aid_
// declarations), a fundraising page, form or campaign set active.
var notPaidTables = map[string]bool{
	"declaration": true, "page": true, "form": true, "campaign": true, "appeal": true,
	"widget": true, "goal": true,
}

// joinGiftCard joins the words of a gift card's row (gift_cards,
// GiftCard, store_gift_cards) into one, "giftcard": the card is a voucher
// the buyer paid for, not a saved payment card (notTables' "card").
func joinGiftCard(words []string) []string {
	for i := 1; i < len(words); i++ {
		if words[i] == "card" && words[i-1] == "gift" {
			return append(append(words[:i-1:i-1], "giftcard"), words[i+1:]...)
		}
	}
	return words
}

// grantTables: a row that carries entitlements (premium, plan, credits).
var grantTables = map[string]bool{
	"user": true, "account": true, "customer": true, "wallet": true, "ledger": true,
	"credit": true, "entitlement": true, "license": true, "licence": true, "seat": true,
	"member": true, "profile": true, "team": true, "organization": true, "organisation": true,
	"workspace": true, "tenant": true, "balance": true,
	// a game's buyers (voc_grants.go)
	"player": true, "gamer": true,
}

// insertGrants: a new row in these tables is itself a grant (a ledger
// credit, an entitlement, a subscription). Not memberships or seats:
// joining a team inserts those too.
var insertGrants = map[string]bool{
	"ledger": true, "credit": true, "entitlement": true, "license": true, "licence": true,
	"subscription": true,
}

// notTables name rows about something else even next to a payment word:
// payment_methods, shipping_addresses, payment_events, order_notes.
var notTables = map[string]bool{
	"method": true, "address": true, "addresse": true, "shipment": true, "shipping": true,
	"note": true, "comment": true, "log": true, "event": true, "webhook": true,
	"notification": true, "email": true, "message": true, "audit": true, "ticket": true,
	"review": true, "attachment": true, "template": true, "card": true, "token": true,
	"session": true, "invite": true, "invitation": true, "role": true, "permission": true,
	// A subscription to a newsletter, a mailing list, alerts or a digest
	// is free (newsletter_subscriptions.status = 'confirmed'), and a
	// cache or lock entry is a copy or a guard, not the state itself.
	"newsletter": true, "mailing": true, "mailinglist": true, "digest": true, "alert": true,
	"push": true, "sms": true, "cache": true, "lock": true,
}

func kindOfTable(words []string) tableKind {
	kind := tableOther
	for _, w := range words {
		switch {
		case notTables[w], notPaidTables[w]:
			return tableOther
		case paymentTables[w]:
			kind = tablePayment
		case grantTables[w] && kind == tableOther:
			kind = tableGrant
		}
	}
	return kind
}

// Column vocabularies (lower case, snake_case).
var (
	statusColumns = map[string]bool{
		"status": true, "state": true, "payment_status": true, "order_status": true,
		"subscription_status": true, "payment_state": true, "financial_status": true,
	}
	paidFlagColumns = map[string]bool{
		"paid": true, "is_paid": true, "fulfilled": true, "is_fulfilled": true,
		"premium": true, "is_premium": true, "vip": true, "is_vip": true, "pro": true, "is_pro": true,
		"has_access": true, "active_subscription": true,
	}
	paidTimeColumns = map[string]bool{
		"paid_at": true, "paid_on": true, "fulfilled_at": true, "captured_at": true, "settled_at": true,
		"expires_at": true, "expire_at": true, "expiry": true, "expiration": true, "paid_until": true, "paid_through": true,
		"premium_until": true, "valid_until": true, "access_until": true, "active_until": true,
		"current_period_end": true, "subscription_expires_at": true, "premium_expires_at": true,
	}
	planColumns = map[string]bool{
		"plan": true, "plan_id": true, "tier": true, "plan_name": true, "subscription_plan": true,
		"subscription_tier": true,
	}
	amountColumns = map[string]bool{
		"credits": true, "credit": true, "balance": true, "quota": true, "points": true,
		"credit_balance": true, "wallet_balance": true, "tokens": true,
		"seats": true, "seat_count": true, "licenses": true, "licences": true,
	}
	// paidValues: a status value that says paid (or active, for a
	// subscription).
	paidValues = map[string]bool{
		"paid": true, "succeeded": true, "success": true, "successful": true, "completed": true,
		"complete": true, "confirmed": true, "captured": true, "settled": true, "fulfilled": true,
		"active": true, "approved": true, "authorised": true, "authorized": true,
	}
	freePlans = map[string]bool{"": true, "free": true, "none": true, "basic": true, "trial_expired": true, "null": true}
)

// classifyWrite decides what writing vals to a table means. table nil:
// the table is not known (dbUnknown, the caller may judge otherwise).
func classifyWrite(table []string, vals []colVal, insert bool) dbVerdict {
	if table == nil {
		return dbUnknown
	}
	switch {
	case trialWrite(vals):
		return dbNot // a free trial: the plan it sets is not paid for (st_grants.go)
	case incrementGrant(table, vals), insert && rewardInsert(table, vals),
		insert && eventTicketInsert(table, vals), // voc_grants.go
		paidStatusAnywhere(table, vals),          // voc_amounts.go
		paidUpToAnywhere(table, vals):            // paidupto.go
		return dbGrant
	}
	kind := kindOfTable(table)
	if kind == tableOther {
		for _, v := range vals {
			if statusColumns[v.col] && (v.known && v.val == "paid" || slices.Contains(v.alts, "paid")) {
				return dbUnknown // "paid" is unambiguous: leave it to stateWriteCall
			}
		}
		return dbNot
	}
	grant := false
	for _, v := range vals {
		switch grantOf(kind, v) {
		case dbGrant:
			grant = true
		case dbNot:
			if statusColumns[v.col] {
				return dbNot // status = 'cancelled', 'refunded', 'pending'…
			}
		}
	}
	if !grant && insert {
		for _, w := range table {
			if insertGrants[w] {
				grant = true
			}
		}
		grant = grant || kind == tablePayment && paymentRecordInsert(table, vals)
	}
	if grant {
		return dbGrant
	}
	return dbNot
}

// paidUpdate: an update that stores the status "paid" itself, on a row
// the table vocabulary does not rank (a tips collection, a label_batches
// model), is a paid state as an SQL UPDATE … SET status = 'paid' is
// whatever its table (stateWriteCall): the word is unambiguous. Not on a
// row that records or describes something else (an event, a log, a
// message, a shipment: notTables, recordTables), nor when the table is
// not known at all.
func paidUpdate(table []string, vals []colVal) bool {
	if len(table) == 0 {
		return false
	}
	for _, w := range table {
		if notTables[w] || notPaidTables[w] || recordTables[w] {
			return false
		}
	}
	for _, v := range vals {
		if statusColumns[v.col] && v.known && v.val == "paid" {
			return true
		}
	}
	return false
}

// grantOf judges one column written to a payment or grant table.
func grantOf(kind tableKind, v colVal) dbVerdict {
	if !v.known && len(v.alts) > 0 {
		return grantOfChoice(kind, v)
	}
	switch {
	case statusColumns[v.col]:
		if kind != tablePayment && v.col != "subscription_status" {
			return dbUnknown // a user's or profile's status is not a payment's
		}
		if !v.known {
			return dbUnknown
		}
		if paidValues[v.val] {
			return dbGrant
		}
		return dbNot
	case paidFlagColumns[v.col]:
		if v.known && (v.val == "true" || v.val == "1") {
			return dbGrant
		}
	case paidTimeColumns[v.col]:
		if (v.known && v.val != "null") || v.expr != "" {
			return dbGrant
		}
	case planColumns[v.col]:
		if !v.known || !freePlans[v.val] {
			return dbGrant
		}
	case amountColumns[v.col] || amountColumns[amountUnitCol(v.col)]: // credit_minor (amountunits.go)
		if strings.Contains(v.expr, "+") {
			return dbGrant
		}
	case paidTierWrite(v): // pass_tier = 'premium' (voc_grants.go)
		return dbGrant
	}
	return dbUnknown
}
