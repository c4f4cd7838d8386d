import type steps from '../nl-BE/steps'

/**
 * The method, step by step, in English: a faithful translation of nl-BE/steps.ts (what, why, example, tips).
 * vue-i18n syntax: avoid the characters { } @ $ | in running text.
 */
export default {
  goal: {
    title: 'Goal and case',
    what: 'Write down what this customer journey should deliver, and choose one concrete story that you follow from beginning to end.',
    why: 'A customer journey is a working tool, not an end product. A sharp goal tells you which details matter and which you can leave out. One real case keeps the map concrete: if you mix up the stories of different people, you end up with a vague average in which nobody recognises themselves.',
    example: [
      'Goal: shorten the waiting time for a new identity card and handle applications faster.',
      'Case: a resident loses her identity card and needs a new one within two weeks for a trip.',
      'Choose a story that ended well, or that your service regards as a success. It does not have to be flawless, but do not take the worst case. Part of a process is also enough.',
    ],
    tips: [
      'Keep your goal in mind. It is shown at the top of every step, so that you can check each time whether what you add contributes to it.',
      'Do not mix cases. Do you have several stories? Then make a separate customer journey for each story.',
    ],
  },
  central: {
    title: 'Who is at the centre',
    what: 'Go back to your user research and choose for whom you want to improve the service: one persona, or the general process. Then indicate who takes part in this journey: each person gets a row of their own on the map, with a name you use.',
    why: 'Personas make a journey personal and help you improve in a targeted way when your target group varies widely. If the service works roughly the same way for everyone, you are better off improving the process itself. Which choice fits depends on your goal, the kind of service, the phase of your project and how complex the contact with the citizen is.',
    example: [
      'Personas: the social services of a municipality help older people, single parents and people with a disability. Each group has its own questions and needs. So each group gets a persona, and each persona a journey of its own.',
      'General process: an ordinary application for a permit works the same way for almost everyone. In that case you map the process, without personas.',
      'More users: if you are supporting a jobseeker and an employer also joins a meeting, that employer is a user too. The employer gets a row of their own next to the jobseeker’s, and the job coach a row for the steps of the service.',
    ],
    tips: [
      'One map follows one persona. Do you have more? Make a copy of the customer journey for each persona: that way you do not mix stories.',
      'What the service provider does often runs in parallel with what the citizen does. Leave the service provider’s row switched on: that way you see both side by side.',
    ],
  },
  phases: {
    title: 'Phases',
    what: 'Divide the journey into phases: from the first contact with your service to its completion and any aftercare.',
    why: 'The phases form the line across the top of the map. That way you see at once in which part of the process something happens, without your journey turning into a flowchart. Which phases fit depends on your service and your goal.',
    example: [
      'Awareness: someone realises that his renovation requires a building permit.',
      'Orientation: he finds out which documents and steps are needed.',
      'Decision-making: with all the information to hand, he decides to submit the application.',
      'Action: he fills in the application online and uploads his plans.',
      'Use: the permit is granted and the works start in line with the conditions.',
      'Aftercare: the municipality comes to inspect and remains available during and after the works.',
    ],
    tips: [
      'Feel free to rename the phases, add phases or leave some out: the six phases are a starting point.',
    ],
  },
  activities: {
    title: 'Activities',
    what: 'For each phase, note what the citizen actually does. Then put in the service provider’s row what they do, and link each step to the citizen’s step it goes with. Do the same for other users. A step that stands on its own gets a place of its own.',
    why: 'The activities carry the whole map: later on, you attach touchpoints and experiences to each activity. When you see the steps of both sides next to each other, you notice where the citizen waits while the service works, or the other way round.',
    example: [
      'In the orientation phase for the building permit:',
      'The citizen reads the explanation about building permits on the municipality’s website.',
      'He asks a neighbour who recently renovated how he went about it.',
      'He calls the environmental permits department to check whether what he read online is still correct.',
    ],
    tips: [
      'Be concrete. Ask yourself each time: what exactly does the citizen do here, and what does the staff member do? An intake interview is often much more than filling in a form.',
      'Keep it simple: leave out jargon and details that do not serve your goal.',
      'Is the citizen sent on to another service or another desk? Mark it: the map then shows how often someone is passed from pillar to post.',
      'Say where it comes from: seen, heard in an interview, from figures. An assumption is allowed, but the map shows it apart.',
    ],
  },
  touchpoints: {
    title: 'Touchpoints',
    what: 'For the activities, indicate where the citizen meets your service, and whether that happens digitally, by phone or in person.',
    why: 'Touchpoints show through which channels people experience your service. That way you see where channels contradict each other and where someone has to switch from one channel to another.',
    example: [
      'Digital: the municipality’s website, the e-counter, Mijn Burgerprofiel, a message in the eBox, logging in with itsme.',
      'By phone: a call to the contact centre or to 1700.',
      'In person: the reception desk at the town hall, a letter with the decision, a home visit. Help from an intermediary such as a welfare service or a trade union is a touchpoint too.',
    ],
    tips: [
      'Not every activity has a touchpoint: a conversation with a neighbour does not involve your service.',
      'Think of who cannot use the channel: without a smartphone, without a card reader, or without the language. Note it with the touchpoint.',
    ],
  },
  moments: {
    title: 'Positive and negative moments',
    what: 'For the activities, describe what went well and what went less well, and how the person of that row felt about it. Then do the aha exercise: name two things that could be better, each at its moment, and the strengths your colleagues see.',
    why: 'These moments are where the insights arise. Together, the emotion scores form the line of feeling on the map, for each person apart.',
    example: [
      'Activity: the citizen calls to check whether the information on the website is correct.',
      'Positive: he gets someone on the line straight away, without a queue.',
      'Negative: the staff member is constantly interrupted by other calls and answers curtly. There is no time for a further question.',
    ],
    tips: [
      'Aha exercise: whoever brought in the case names two things that could be better. The others each contribute a strength. If you are working alone, ask a colleague about the strengths afterwards, and note who said it.',
      'A positive moment scores +1 or +2, a negative one −1 or −2: so the line of feeling can never contradict what you wrote.',
    ],
  },
  insights: {
    title: 'Needs and opportunities',
    what: 'Start from the two things that could be better, then translate the other moments into needs (what is the citizen missing?) and opportunities (what could your service do differently?). Each need or opportunity is linked to the moment it comes from.',
    why: 'That way an experience becomes the starting point for a solution, and everyone can check where a proposal comes from.',
    example: [
      'Moment: the staff member on the phone is too busy and answers the question hastily.',
      'Need: the citizen gets too little time and attention, is left with unanswered questions and becomes frustrated.',
      'Opportunity: with better staffing and smoother arrangements within the service, staff can help callers more calmly and more fully. That makes people more satisfied and strengthens trust in the municipality.',
    ],
    tips: [
      'Start with the aha moments: that is usually where the biggest gains are.',
      'Give each opportunity someone who takes it up and a next step. That way the map does not end up in a drawer.',
    ],
  },
  extra: {
    title: 'Additional information',
    what: 'Add whatever makes the map stronger: figures, quotes from citizens and images. This step is optional.',
    why: 'A figure shows how big a problem is; a quote lets you feel what it means for someone.',
    example: [
      'Figure: average number of times a phone call is interrupted: 4.',
      'Quote from a resident: “I could feel the staff member was dealing with ten things at once. So I just kept my second question to myself.”',
      'Image: a photo of the waiting room or a screenshot of the e-counter.',
    ],
    tips: [
      'Have the map reviewed. Did you make it on your own? Then ask colleagues or citizens whether the journey matches what they experience.',
      'Keep the map up to date. A customer journey is a working document: add new insights and what you have improved.',
    ],
  },
} satisfies typeof steps
