import { createRouter, createWebHashHistory } from 'vue-router'
import StartView from './views/StartView.vue'
import { loadMessages } from './i18n/parts'

type Part = Parameters<typeof loadMessages>[0]

/** A view with the message groups it shows (they come with the view, not with the first load). */
const withParts =
  <T>(view: () => Promise<T>, ...parts: Part[]) =>
  () =>
    Promise.all([view(), ...parts.map(loadMessages)]).then(([v]) => v)
/** The wizard shows the method's texts, and colleagues' remarks beside the items. */
const wizardPart = <T>(view: () => Promise<T>) => withParts(view, 'steps', 'review')

/**
 * Hash history: the built app is a static page that must work from any folder of any plain web server,
 * which cannot rewrite deep links to index.html.
 */
export const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/', name: 'start', component: StartView },
    {
      path: '/journey/:id/step/:stepId',
      name: 'step',
      component: wizardPart(() => import('./wizard/WizardView.vue')),
      props: true,
    },
    {
      path: '/journey/:id/check',
      name: 'check',
      component: wizardPart(() => import('./wizard/WizardCheckView.vue')),
      props: true,
    },
    {
      path: '/journey/:id/map',
      name: 'map',
      component: withParts(() => import('./map/MapView.vue'), 'review'),
      props: true,
    },
    {
      path: '/journey/:id/feedback',
      name: 'feedback',
      component: withParts(() => import('./review/ReviewRoundView.vue'), 'steps', 'review'),
      props: true,
    },
    {
      path: '/review/:reviewId',
      name: 'review',
      component: withParts(() => import('./review/ReviewModeView.vue'), 'review'),
      props: true,
    },
    {
      path: '/journey/:id/actions',
      name: 'actions',
      // With its own words and the poster's (its PDF is the poster's action pages).
      component: () =>
        Promise.all([
          import('./views/ActionsView.vue'),
          loadMessages('actionPage'),
          loadMessages('export'),
        ]).then(([v]) => v),
      props: true,
    },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
})
