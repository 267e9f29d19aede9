package analyzers_test

import "testing"

// TestAuditRounds checks every blind audit corpus (rounds 1–26) in a
// single analysistest load: the corpora share their stubs (stripe-go,
// gorm, chi…), which one load type-checks once instead of once per corpus
// (about 2 s instead of 30). Each corpus keeps its own TestAudit… for
// go test -run, and its own knownFalseAlarms list.
func TestAuditRounds(t *testing.T) {
	rounds := []struct {
		pkgs  []string
		known map[string][]falseAlarm
	}{
		{audit2pollPackages, knownFalseAlarms2poll},
		{audit2retryPackages, knownFalseAlarms2retry},
		{audit2webhookPackages, knownFalseAlarms2webhook},
		{audit3MarketPackages, knownFalseAlarms3market},
		{audit3MobilePackages, knownFalseAlarms3mobile},
		{audit3saasPackages, knownFalseAlarms3saas},
		{audit4cryptoPackages, knownFalseAlarms4crypto},
		{audit4travelPackages, knownFalseAlarms4travel},
		{audit4utilityPackages, knownFalseAlarms4utility},
		{audit5eventsPackages, knownFalseAlarms5events},
		{audit5gamingPackages, knownFalseAlarms5gaming},
		{audit5insurancePackages, knownFalseAlarms5insurance},
		{audit6donationsPackages, knownFalseAlarms6donations},
		{audit6evchargingPackages, knownFalseAlarms6evcharging},
		{audit6payablesPackages, knownFalseAlarms6payables},
		{audit7edtechPackages, knownFalseAlarms7edtech},
		{audit7fooddeliveryPackages, knownFalseAlarms7fooddelivery},
		{audit7telecomPackages, knownFalseAlarms7telecom},
		{audit8auctionsPackages, knownFalseAlarms8auctions},
		{audit8clinicsPackages, knownFalseAlarms8clinics},
		{audit8hotelsPackages, knownFalseAlarms8hotels},
		{audit9mobilityPackages, knownFalseAlarms9mobility},
		{audit9remittancePackages, knownFalseAlarms9remittance},
		{audit9rentalsPackages, knownFalseAlarms9rentals},
		{audit10carrentalPackages, knownFalseAlarms10carrental},
		{audit10escrowPackages, knownFalseAlarms10escrow},
		{audit10pharmacyPackages, knownFalseAlarms10pharmacy},
		{audit11crowdfundingPackages, knownFalseAlarms11crowdfunding},
		{audit11freightPackages, knownFalseAlarms11freight},
		{audit11utilitiesPackages, knownFalseAlarms11utilities},
		{audit12fitnessPackages, knownFalseAlarms12fitness},
		{audit12parkingPackages, knownFalseAlarms12parking},
		{audit12wagesPackages, knownFalseAlarms12wages},
		{audit13clinicPackages, knownFalseAlarms13clinic},
		{audit13foodhubPackages, knownFalseAlarms13foodhub},
		{audit13ticketsPackages, knownFalseAlarms13tickets},
		{audit14coworkPackages, knownFalseAlarms14cowork},
		{audit15academyPackages, knownFalseAlarms15academy},
		{audit15hotelPackages, knownFalseAlarms15hotel},
		{audit15insurancePackages, knownFalseAlarms15insurance},
		{audit16farmPackages, knownFalseAlarms16farm},
		{audit16civicPackages, knownFalseAlarms16civic},
		{audit16hostingPackages, knownFalseAlarms16hosting},
		{audit17laundryPackages, knownFalseAlarms17laundry},
		{audit17tutoringPackages, knownFalseAlarms17tutoring},
		{audit17printshopPackages, knownFalseAlarms17printshop},
		{audit18vetPackages, knownFalseAlarms18vet},
		{audit19lendingPackages, knownFalseAlarms19lending},
		{audit19giftcardsPackages, knownFalseAlarms19giftcards},
		{audit19marinaPackages, knownFalseAlarms19marina},
		{audit20parcelsPackages, knownFalseAlarms20parcels},
		{audit20sportsclubPackages, knownFalseAlarms20sportsclub},
		{audit20creatorsPackages, knownFalseAlarms20creators},
		{audit21festivalPackages, knownFalseAlarms21festival},
		{audit21storagePackages, knownFalseAlarms21storage},
		{audit21salonsPackages, knownFalseAlarms21salons},
		{audit22ridehailPackages, knownFalseAlarms22ridehail},
		{audit22telehealthPackages, knownFalseAlarms22telehealth},
		{audit22nurseryPackages, knownFalseAlarms22nursery},
		{audit23airlinePackages, knownFalseAlarms23airline},
		{audit23solarpaygPackages, knownFalseAlarms23solarpayg},
		{audit23wineclubPackages, knownFalseAlarms23wineclub},
		{audit24pharmacy24Packages, knownFalseAlarms24pharmacy24},
		{audit24homeservicesPackages, knownFalseAlarms24homeservices},
		{audit25coworkingPackages, knownFalseAlarms25coworking},
		{audit25cryptomerchPackages, knownFalseAlarms25cryptomerch},
		{audit26kbeautyPackages, knownFalseAlarms26kbeauty},
		{audit26gymchainPackages, knownFalseAlarms26gymchain},
		{auditPackages, knownFalseAlarms},
	}
	var pkgs []string
	known := map[string][]falseAlarm{}
	for _, r := range rounds {
		pkgs = append(pkgs, r.pkgs...)
		for pkg, fas := range r.known {
			known[pkg] = append(known[pkg], fas...)
		}
	}
	auditRun(t, pkgs, known, "the knownFalseAlarms lists")
}
