package payment

import "strings"

// ---- a money transfer whose body is written in another language ---------------
//
// A bank's or a local PSP's API names its fields in its own language: a
// Mexican bank's transfer is POST /v2/transferencias with
// {"cuenta_destino", "monto", "moneda"}, a German one's POST
// /ueberweisungen with {"empfaenger_iban", "betrag"}. What the body
// carries is what the request does, as op_shape.go reads English bodies:
// a sum together with the account it goes to moves money, whatever the
// path is called. Here the sum and the destination account are read in
// the languages of the banks merchants integrate by hand (Spanish,
// Portuguese, French, German, Italian, Dutch, Indonesian, Turkish,
// Polish) and in English account spellings that op_shape.go's party
// words leave out (iban, destination_account). Both must be there: a
// sum alone is a price or a quote, an account alone is an enrolment, a
// destination alone is a shipment's address.

// langAmountWords are the words for the sum moved (normalised).
var langAmountWords = map[string]bool{
	"monto": true, "importe": true, "montant": true, "betrag": true, "importo": true,
	"bedrag": true, "kwota": true, "valor": true, "tutar": true, "jumlah": true, "nominal": true,
	"valortransferencia": true, "montotransferencia": true, "importetransferencia": true,
}

// langAmountUnits may follow a sum's word: the unit it is counted in or a
// qualifier (monto_centavos, importe_total, betrag_cent).
var langAmountUnits = []string{"", "centavos", "centimos", "centimes", "cents", "cent", "total", "neto", "minor", "cts"}

// langAccountWords name the account a transfer credits (normalised).
var langAccountWords = map[string]bool{
	// Spanish (Mexico's CLABE, Argentina's CBU/CVU)
	"cuentadestino": true, "cuentabeneficiario": true, "cuentadestinatario": true, "cuentacredito": true,
	"clabe": true, "clabedestino": true, "clabebeneficiario": true, "cbu": true, "cvu": true, "cbudestino": true,
	// Portuguese (Pix)
	"contadestino": true, "contabeneficiario": true, "chavepix": true, "pixkey": true,
	// French, German, Italian, Dutch, Indonesian, Turkish, Polish
	"comptedestinataire": true, "comptebeneficiaire": true, "ibanbeneficiaire": true,
	"empfaengeriban": true, "empfaengerkonto": true, "zielkonto": true,
	"contobeneficiario": true, "ibanbeneficiario": true,
	"rekeningtujuan": true, "begunstigderekening": true, "rekeningbegunstigde": true,
	"norekeningtujuan": true, "aliciiban": true, "rachunekodbiorcy": true,
	// English spellings of the same
	"iban": true, "ibandestino": true, "destinationaccount": true, "beneficiaryaccount": true,
	"creditoraccount": true, "recipientaccount": true, "toaccount": true, "creditoriban": true,
}

// langMoneyBody: the body names a sum (langAmountWords, with a unit, or
// op_shape.go's English amount words) and the account it is sent to.
func langMoneyBody(fs bodyFieldSet) bool {
	amount, account := false, false
	for n := range fs {
		amount = amount || amountFields[n] || langAmount(n)
		account = account || langAccountWords[n]
	}
	return amount && account
}

// langAmount: n is a sum's word, alone or followed by a unit.
func langAmount(n string) bool {
	for w := range langAmountWords {
		if rest, ok := strings.CutPrefix(n, w); ok {
			for _, u := range langAmountUnits {
				if rest == u {
					return true
				}
			}
		}
	}
	return false
}
