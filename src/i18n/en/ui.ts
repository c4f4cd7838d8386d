import type nl from '../nl-BE/ui'

/** Interface texts in English, with the same keys as nl-BE/ui.ts. vue-i18n syntax: no @ $ | { } in running text. */
export default {
  app: {
    name: 'Klantreis',
    tagline: 'Map the citizen’s journey through your service, step by step.',
    skipToContent: 'Skip to content',
    home: 'My customer journeys',
    privacy: 'Everything stays in this browser: nothing is sent to a server.',
    loadFailed:
      'Part of Klantreis could not be loaded. Perhaps the connection was lost. Your work has been saved.',
    retry: 'Try again',
  },
  save: {
    idle: 'No changes yet',
    pending: 'Saving changes…',
    saved: 'Saved at {time}',
    quota: 'Not saved: this browser’s storage is full. Your last saved version is kept.',
    quotaNew:
      'This no longer fits in this browser’s storage. Save the customer journeys you no longer need as files, delete them here and try again.',
    unavailable: 'Not saved: this browser does not allow storage. Save your work as a file.',
    unknown: 'Not saved: the browser refused to save. Your last saved version is kept.',
    conflict:
      'Not saved: this customer journey was changed in another window. Choose below which version you keep.',
    refused: 'Not everything was saved: {reason}',
  },
  start: {
    title: 'My customer journeys',
    introTitle: 'What is a customer journey?',
    intro: [
      'A customer journey shows how a citizen experiences your service, from before the first contact until after it is completed. It brings together what you learned from user research in a single overview that you can share, discuss and put up on the wall.',
      'It helps you to spot bottlenecks and blind spots, to talk with colleagues about the same experience and to look for targeted solutions. This guide takes you in eight steps to a map that you can print.',
    ],
    new: 'New customer journey',
    listTitle: 'Saved customer journeys',
    empty: 'You do not have a customer journey yet. Start with a new one.',
    untitled: 'Untitled customer journey',
    lastChanged: 'Last changed: {date}',
    progress: '{done} of {total} steps complete',
    progressReady: '{done} of {total} steps complete: the map is ready to print',
    open: 'Open',
    openNamed: 'Open: {title}',
    mapNamed: 'View the map: {title}',
    delete: 'Delete',
    deleteNamed: 'Delete: {title}',
    confirmDeleteTitle: 'Delete customer journey?',
    confirmDelete:
      '“{title}” will be deleted from this browser. You can still undo this straight afterwards.',
    damaged: {
      unreadable: 'damaged',
      newer: 'from a newer version',
    },
    damagedHelp: {
      unreadable:
        'This customer journey can no longer be read. It is kept untouched: download the data and, if you like, send it to the person who is helping you.',
      newer:
        'This customer journey was saved by a newer version of Klantreis. Open it there, or download the data. It stays untouched here.',
    },
    openFailed: 'This customer journey could not be opened: it is missing or cannot be read.',
    reviewDue: 'Due for review since {date}',
    reviewUpcoming: 'Review on {date}',
    dueTitle: 'Due for review',
    reviewsTitle: 'To review for a colleague',
    reviewItem: 'Round: {round}. {count}',
    reviewCount: 'no remarks yet | one remark | {n} remarks',
    reviewOpen: 'Continue reviewing',
    reviewOpenNamed: 'Continue reviewing: {title}',
    reviewDelete: 'Delete',
    reviewDeleteNamed: 'Delete this review: {title}',
    reviewDeleteTitle: 'Delete review?',
    reviewDeleteConfirm:
      'Your remarks on “{title}” are deleted from this browser. Save your feedback file first if you have not sent it yet.',
    desiredOf: 'Desired journey, made from “{title}”',
  },
  wizard: {
    stepsNav: 'Steps',
    stepOf: 'Step {n} of {total}',
    previous: 'Previous step',
    next: 'Next step',
    toCheck: 'Check your customer journey',
    status: {
      complete: 'complete',
      incomplete: 'still to be completed',
      empty: 'optional, still empty',
    },
    what: 'What do you do?',
    why: 'Why?',
    example: 'Example',
    tips: 'Tips',
    context: 'Your customer journey',
    contextTitle: 'Title',
    contextCase: 'Case',
    contextGoal: 'Goal',
    contextMore: 'show title and case',
    contextLess: 'hide title and case',
    contextMissing: 'not filled in yet (step 1)',
    summaryTitle: 'This step is not complete yet',
    summaryIntro:
      'Complete these points. You can also come back later: everything you type has already been saved.',
    continueAnyway: 'Go to the next step anyway',
  },
  picker: {
    phases: 'Choose a phase',
    lanes: 'Whose?',
    activities: 'no activities yet | 1 activity | {n} activities',
    noPhases: 'There are no phases yet. Create them first in step 3.',
    goToPhases: 'Go to step 3: phases',
  },
  actions: {
    remove: 'Remove',
    moveUpNamed: 'Move {name} up',
    moveDownNamed: 'Move {name} down',
    removeNamed: 'Remove {name}',
    cancel: 'Cancel',
  },
  history: {
    group: 'Undo and redo',
    undo: 'Undo',
    redo: 'Redo',
    typed: 'text changed',
    added: 'added',
    removed: '{name} removed.',
    moved: '{name} moved',
    started: 'need or opportunity created',
  },
  check: {
    title: 'Check your customer journey',
    ready:
      'All required steps are complete. Read them through once more, and ask a colleague or a citizen who knows the service to review the map.',
    notReady:
      'Below you see, step by step, what is already there and what is still missing. Click a point to complete it.',
    missing: 'Still to be completed',
    change: 'Change',
    toMap: 'View and print your map',
    facts: {
      title: 'Title: {title}',
      noTitle: 'No title yet',
      goal: 'Goal: {goal}',
      noGoal: 'No goal yet',
      persona: 'Persona: {name}',
      noPersona: 'No persona yet',
      general: 'The general process is at the centre',
      lanes: 'no rows | 1 row on the map | {n} rows on the map',
      phases: 'no phases yet | 1 phase | {n} phases',
      activities: 'no activities yet | 1 activity | {n} activities, in {lanes} row(s)',
      handoffs: 'no referrals | 1 referral to another service | {n} referrals to another service',
      touchpoints:
        'no touchpoints yet | 1 touchpoint | {n} touchpoints: {digital} digital, {phone} by phone, {physical} in person',
      moments: '{positive} positive and {negative} negative moments',
      aha: 'Points to improve: {improvements}. Strengths: {strengths}.',
      insights: '{needs} needs and {opportunities} opportunities',
      assumptions: 'Rests on an assumption only, not yet researched: {n}',
      extra: 'Figures: {figures}. Quotes: {quotes}. Images: {images}.',
    },
  },
  recovery: {
    title: 'Recovered after an interruption',
    crash:
      '“{title}”: your last changes had not been fully saved when the browser stopped. They have been restored.',
    crashNotStored:
      '“{title}”: your last changes are still there, but the storage is full. Make room or save the customer journey as a file.',
    conflict:
      '“{title}”: a version from another window that you had not chosen yet is now there as a separate copy.',
    dismiss: 'Got it',
  },
} satisfies typeof nl
