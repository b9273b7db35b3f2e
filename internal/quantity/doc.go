// Package quantity finds numbers in text, in digits or words, with their
// qualifier ("more than"), unit ("troops", "$") and what they count
// ("killed"), so that figures from different reports can be compared.
package quantity
