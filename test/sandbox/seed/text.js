'use strict';
// Word pools for generated names and request texts.

const FIRST = ['Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Elijah', 'Sophia', 'Mateo', 'Isabella', 'Lucas', 'Mia', 'Levi', 'Amelia', 'Ezra', 'Harper', 'Asher', 'Evelyn', 'Leo', 'Aria', 'Kai', 'Priya', 'Arjun', 'Mei', 'Hiroshi', 'Fatima', 'Omar', 'Ingrid', 'Lars', 'Chloe', 'Diego', 'Zara', 'Tomas', 'Nina', 'Felix', 'Yara', 'Ravi', 'Sofia', 'Jonas', 'Maya', 'Ethan'];
const LAST = ['Smith', 'Garcia', 'Chen', 'Patel', 'Nguyen', 'Kowalski', 'Müller', 'Rossi', 'Silva', 'Johansson', 'Okafor', 'Tanaka', 'Dubois', 'Novak', 'Haddad', 'Kim', 'Andersen', 'Costa', 'Murphy', 'Schmidt'];
const TIME_ZONES = ['Australia/Sydney', 'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Etc/UTC'];

const OPENERS = ['Hi team,', 'Hello,', 'Good morning,', 'Hi there,', 'Hey support,'];
const CLOSERS = ['Thanks!', 'Thank you in advance.', 'Cheers', 'Appreciate the help.', 'Regards'];
const DETAILS = [
	'It started this morning after the latest update.',
	'This is blocking my work on the quarterly report.',
	'I have already tried restarting, with no luck.',
	'A few colleagues on my floor have the same problem.',
	'Nothing has changed on my side as far as I know.',
	'It happens every time, not just occasionally.',
	'I need this sorted before the end of the week if possible.',
	'Please let me know if you need any more information.',
];
const AGENT_REPLIES = [
	'Thanks for reaching out. We are looking into this now.',
	'Could you send a screenshot of the error message?',
	'I have escalated this to the second-level team.',
	'This should be fixed now. Can you confirm on your side?',
	'We have scheduled the work for tomorrow morning.',
	'I reset the configuration; please try again.',
];
const INTERNAL_NOTES = [
	'Internal: same root cause as last week, see the linked problem.',
	'Internal: waiting on the vendor to confirm the licence.',
	'Internal: needs manager approval before we proceed.',
	'Internal: customer is a VIP, keep them updated.',
];
const CUSTOMER_REPLIES = [
	'Thanks, that worked!',
	'Still seeing the problem, unfortunately.',
	'Here is the information you asked for.',
	'Any update on this?',
	'Great, thank you for the quick help.',
];

module.exports = { FIRST, LAST, TIME_ZONES, OPENERS, CLOSERS, DETAILS, AGENT_REPLIES, INTERNAL_NOTES, CUSTOMER_REPLIES };
