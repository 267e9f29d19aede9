package payment

import "strings"

// ---- what a write grants: games, event tickets, payment records ----------------

// paidTierValues are tiers that are bought: set on a player or member
// (pass_tier = 'premium'), they grant what was paid for. "gold" or
// "silver" are left out: ranks and loyalty levels earned by playing use
// them too.
var paidTierValues = map[string]bool{
	"premium": true, "vip": true, "pro": true, "plus": true, "paid": true,
	"elite": true, "ultimate": true, "deluxe": true,
}

// earnedTierWords name a tier won, not bought: rank_tier, league_tier.
var earnedTierWords = map[string]bool{
	"rank": true, "ranked": true, "skill": true, "league": true, "elo": true, "mmr": true,
	"loyalty": true, "karma": true, "xp": true, "level": true,
}

// paidTierWrite: a column that names a tier after what it is of
// (pass_tier, membership_tier, season_tier) set to a tier that is bought.
// The bare plan and tier columns are planColumns' (dbclass.go).
func paidTierWrite(v colVal) bool {
	ws := strings.Split(v.col, "_")
	if len(ws) < 2 || ws[len(ws)-1] != "tier" || !v.known || !paidTierValues[v.val] {
		return false
	}
	for _, w := range ws {
		if earnedTierWords[w] {
			return false
		}
	}
	return true
}

// ticketColumnWords say a ticket row admits someone to an event: its
// seat, its QR code or barcode, the show it is for.
var ticketColumnWords = map[string]bool{
	"seat": true, "qr": true, "barcode": true, "showtime": true, "screening": true,
	"performance": true, "admission": true,
}

// helpdeskWords say a ticket is a support request.
var helpdeskWords = map[string]bool{
	"support": true, "helpdesk": true, "issue": true, "subject": true, "body": true,
	"message": true, "description": true, "priority": true, "requester": true,
	"assignee": true, "agent": true,
}

// eventTicketInsert: a row inserted into a tickets table whose columns
// say event admission (seat, QR code, barcode, event or show id) and
// none a support request: issuing tickets is the fulfilment of a paid
// order, repeated by every insert.
func eventTicketInsert(table []string, vals []colVal) bool {
	ticket := false
	for _, w := range table {
		ticket = ticket || w == "ticket"
		if helpdeskWords[w] {
			return false
		}
	}
	if !ticket {
		return false
	}
	admits := false
	for _, v := range vals {
		ws := strings.Split(v.col, "_")
		for _, w := range ws {
			if helpdeskWords[w] {
				return false
			}
			admits = admits || ticketColumnWords[w]
		}
		admits = admits || v.col == "event_id"
	}
	return admits
}

// recordWords are payment tables whose new row records money that moved
// (payments, charges, transactions, refunds, payouts); preWords are rows
// made before any money moves (intents, requests, links, plans,
// attempts).
var (
	recordWords = map[string]bool{
		"payment": true, "charge": true, "transaction": true, "refund": true,
		"payout": true, "settlement": true, "capture": true,
	}
	preWords = map[string]bool{
		"intent": true, "request": true, "link": true, "plan": true, "schedule": true,
		"attempt": true, "draft": true, "quote": true,
	}
)

// paymentRecordInsert: an insert into a payment-record table that carries
// an amount (claim_payments (claim_id, payout_id, amount)): it books the
// money once per insert. An order row, a pending payment (status decides
// before this) or a log of payment events (notTables) is not.
func paymentRecordInsert(table []string, vals []colVal) bool {
	record := false
	for _, w := range table {
		if preWords[w] {
			return false
		}
		record = record || recordWords[w]
	}
	if !record {
		return false
	}
	for _, v := range vals {
		for _, w := range strings.Split(v.col, "_") {
			if w == "amount" || w == "cents" {
				return true
			}
		}
	}
	return false
}
